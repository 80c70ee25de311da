"""Traditional techniques: reflexology, the Yongquan point, padabhyanga, Thai sen lines."""
from .base import CREASE, HI, LINE, OIL, WOOD, svg, anim, moving
from .feet import SOLE
from .hands import hand, thumb_on

BEHIND = [(2, 40, "b"), (0, 44, "b"), (-2, 41, "b"), (-4, 33, "b")]


def reflexology_thumb_walk():
    # Sole view of the left foot with the zones: one hand bends the toes back (fingers across
    # them), the other holds the outer edge, its thumb inching across the sole row by row from
    # the inner edge of the heel.
    zones = "".join(f'<path d="M84 {y} L162 {y}" stroke="{CREASE}" stroke-width="2" stroke-dasharray="3 4"/>' for y in (70, 96, 122, 148, 174, 198))
    path = [(100, 196), (140, 186), (100, 168), (140, 150), (100, 132), (140, 114), (104, 96)]
    walker = thumb_on(path[0], -28, scale=0.85, arm=90, fingers=BEHIND, thumb=(-20, 36, "f"), palm="b")
    toes = hand(164, 40, -96, scale=0.8, arm=80,
                fingers=[(-4, 40, "f"), (-6, 44, "f"), (-8, 41, "f"), (-10, 33, "f")], thumb=(20, 30, "b"))
    x0, y0 = path[0]
    stops = [0, 16, 33, 50, 66, 83, 100]
    frames = " ".join(f"{p}% {{ transform: translate({x - x0}px,{y - y0}px); }}" for p, (x, y) in zip(stops, path))
    trail = " L".join(f"{x} {y}" for x, y in path)
    svg("reflexology-thumb-walk", "Reflexology thumb-walk", "sole view of the left foot with the zones: one hand bends the toes back, the other's thumb inches across row by row", f"""
  {moving("walk", walker.back)}{toes.back}
  {SOLE}
  <ellipse class="hi" cx="120" cy="136" rx="32" ry="72" opacity="0.6"/>
  {zones}
  <path class="move dash" d="M{trail}" marker-end="url(#head)"/>
  {toes.front}
  {moving("walk", walker.front)}
""", anim("walk", frames, "7s"))


def yongquan_press():
    # Sole view of the left foot: the hand holds the outer edge, fingers round the top, and the
    # thumb presses the hollow just behind the ball, a third of the way from toes to heel.
    px, py = 122, 98
    press = thumb_on((px, py + 4), -2, scale=0.85, arm=90, fingers=BEHIND, thumb=(-36, 44, "f"), palm="b")
    svg("yongquan-press", "Bubbling spring point (Kidney 1)", "sole view of the left foot, a thumb pressing the point just behind the ball", f"""
  {moving("press", press.back)}
  {SOLE}
  <circle class="ring" cx="{px}" cy="{py}" r="10" fill="none" stroke="{HI}" stroke-width="4"/>
  <circle class="ring r2" cx="{px}" cy="{py}" r="10" fill="none" stroke="{HI}" stroke-width="4"/>
  <circle cx="{px}" cy="{py}" r="5" fill="#D9622B"/>
  {moving("press", press.front)}
""", anim("ring", "0% { transform: scale(1); opacity: 0.9; } 100% { transform: scale(3); opacity: 0; }", "2.4s", "ease-out")
        + "\n  .ring { transform-box: fill-box; transform-origin: center; } .r2 { animation-delay: 1.2s; }"
        + anim("press", "0%, 100% { transform: translate(0, 0); } 50% { transform: translate(-2px, -4px); }", "2.4s"))


def padabhyanga():
    # Sole view of the oiled left foot beside a bowl of warm oil: a flat hand strokes the sole
    # from the heel to the toes.
    palm = hand(122, 150, -4, scale=0.95, arm=100, fingers=[(-5, 40, "f"), (-2, 44, "f"), (1, 41, "f"), (4, 33, "f")], thumb=(-34, 34, "f"))
    svg("padabhyanga", "Padabhyanga oil massage", "sole view of the oiled left foot, a flat hand stroking from heel to toes, a bowl of oil", f"""
  {SOLE}
  <path d="M100 70 C96 120 104 170 118 204 M140 66 C146 110 140 160 132 204" stroke="{OIL}" stroke-width="9" opacity="0.45" fill="none" stroke-linecap="round"/>
  <ellipse class="hi pulse" cx="122" cy="132" rx="34" ry="80"/>
  {moving("stroke", palm.front)}
  <path class="move dash" d="M66 200 C60 150 62 100 78 60" marker-end="url(#head)"/>
  <path class="prop" d="M170 196 L220 196 C218 214 206 222 195 222 C184 222 172 214 170 196 Z"/>
  <ellipse cx="195" cy="197" rx="24" ry="5" fill="{OIL}"/>
""", anim("stroke", "0% { transform: translateY(40px); opacity: 0; } 15% { opacity: 1; } 85% { transform: translateY(-30px); opacity: 1; } 100% { transform: translateY(-36px); opacity: 0; }", "3.6s"))


def thai_sole_lines():
    # Sole view of the left foot with three lines running from the heel to the toes: the hand
    # holds the outer edge, fingers round the top, and the thumb presses its way up the middle
    # line. A short, smooth wooden stick with a rounded tip lies beside the foot.
    lines = ("M110 198 C106 160 103 120 104 70", "M120 202 C122 160 124 110 125 60", "M130 198 C138 160 144 120 148 76")
    marks = "".join(f'<path d="{d}" stroke="{CREASE}" stroke-width="3" stroke-dasharray="4 5" stroke-linecap="round" fill="none"/>' for d in lines)
    press = thumb_on((123, 140), -2, scale=0.85, arm=90, fingers=BEHIND, thumb=(-36, 44, "f"), palm="b")
    stick = (f'<g transform="translate(50 204) rotate(18)">'
             f'<path d="M-6.5 -2 L-6.5 -50 C-6.5 -58 -4.5 -62 -4.5 -68 A4.5 4.5 0 0 1 4.5 -68 C4.5 -62 6.5 -58 6.5 -50 L6.5 -2 A6.5 6.5 0 0 1 -6.5 -2 Z" fill="{WOOD}" stroke="{LINE}" stroke-width="3" stroke-linejoin="round"/>'
             f'<path class="crease" d="M-6 -14 L6 -14 M-1.5 -22 L-1.5 -54"/></g>')
    svg("thai-sole-lines", "Thai sole lines", "sole view of the left foot with three lines from heel to toes, a thumb pressing along the middle one, a wooden stick beside it", f"""
  {stick}
  {moving("walk", press.back)}
  {SOLE}
  <path d="{lines[1]}" stroke="{HI}" stroke-width="12" opacity="0.55" fill="none" stroke-linecap="round"/>
  {marks}
  {moving("walk", press.front)}
  <path class="move dash" d="M124 116 L125 74" marker-end="url(#head)"/>
""", anim("walk", "0% { transform: translate(0, 0); } 25%, 40% { transform: translate(1px, -16px); } 65%, 80% { transform: translate(2px, -32px); } 100% { transform: translate(2px, -48px); opacity: 0; }", "4s"))


def draw():
    reflexology_thumb_walk()
    yongquan_press()
    padabhyanga()
    thai_sole_lines()
