"""The core sequence: heel, arch, ball, toes, calf."""
from .base import CLOTH, PROP, svg, anim, moving
from .feet import BIG_TOE, SOLE, TOP_BARE, lying, side_lying
from .hands import fist, hand


def circle_frames(r, sign=1):
    pts = [(0, -r), (sign * r, 0), (0, r), (-sign * r, 0), (0, -r)]
    return " ".join(f"{p}% {{ transform: translate({x}px,{y}px); }}" for p, (x, y) in zip((0, 25, 50, 75, 100), pts))


def loop(cx, cy, r, sign):
    """A small circling arrow round (cx, cy): three quarters of a turn, clockwise if sign > 0."""
    return (f'<path class="move" d="M{cx} {cy + r} A{r} {r} 0 1 {1 if sign > 0 else 0} {cx + sign * r} {cy}"'
            ' marker-end="url(#head)"/>')


def heel_circles():
    # Both hands cup the heel from the sides, fingers wrapped round the far side (behind the
    # foot), thumbs side by side on the heel pad.
    behind = [(2, 40, "b"), (0, 44, "b"), (-2, 41, "b"), (-4, 33, "b")]
    left = hand(86, 176, 4, flip=True, scale=0.85, fingers=behind, thumb=(-12, 34, "f"), palm="b")
    right = hand(154, 176, -4, scale=0.85, fingers=behind, thumb=(-12, 34, "f"), palm="b")
    (lx, ly), (rx, ry) = left.thumb_tip, right.thumb_tip
    svg("heel-circles", "Heel circles", "sole view of the left foot, both hands cupping the heel, thumbs circling on the heel pad", f"""
  {moving("circle-left", left.back)}{moving("circle-right", right.back)}
  {SOLE}
  <ellipse class="hi pulse" cx="120" cy="184" rx="28" ry="24"/>
  {moving("circle-left", left.front)}{moving("circle-right", right.front)}
  {loop(lx - 3, ly - 17, 9, -1)}
  {loop(rx + 3, ry - 17, 9, 1)}
""", anim("circle-left", circle_frames(4), "2s", "linear") + anim("circle-right", circle_frames(4, -1), "2s", "linear"))


def arch_thumb_walk():
    # The hands hold the midfoot, fingers round the top (behind); both thumbs side by side on
    # the inner arch, pointing at the toes, take turns creeping forward.
    behind = [(2, 40, "b"), (0, 44, "b"), (-2, 41, "b"), (-4, 33, "b")]
    left = hand(83, 136, 4, flip=True, scale=0.85, fingers=behind, thumb=(-4, 38, "f"), palm="b")
    right = hand(147, 136, -10, scale=0.85, fingers=behind, thumb=(-29, 44, "f"), palm="b")
    svg("arch-thumb-walk", "Arch thumb-walk", "sole view of the left foot, hands round the midfoot, both thumbs inching up the inner arch", f"""
  {moving("walk-a", left.back)}{moving("walk-b", right.back)}
  {SOLE}
  <ellipse class="hi pulse" cx="104" cy="124" rx="15" ry="40"/>
  {moving("walk-a", left.front)}{moving("walk-b", right.front)}
  <path class="move dash" d="M108 112 L112 70" marker-end="url(#head)"/>
""", anim("walk-a", "0% { transform: translateY(0); } 25%, 50% { transform: translateY(-14px); } 75%, 100% { transform: translateY(-28px); }", "3s")
       + anim("walk-b", "0%, 25% { transform: translateY(0); } 50%, 75% { transform: translateY(-14px); } 100% { transform: translateY(-28px); }", "3s"))


def ball_knuckle_knead():
    # One hand steadies the foot (fingers over the top, thumb resting on the arch); the other,
    # a loose fist, lays the flat of its bent fingers across the ball and rolls side to side.
    behind = [(2, 40, "b"), (0, 44, "b"), (-2, 41, "b"), (-4, 33, "b")]
    steady = hand(82, 150, 6, flip=True, scale=0.85, fingers=behind, thumb=(-6, 34, "f"), palm="b")
    svg("ball-knuckle-knead", "Knuckle kneading on the ball of the foot", "sole view of the left foot, one hand steadying it, a loose fist kneading the ball", f"""
  {steady.back}
  {SOLE}
  <ellipse class="hi pulse" cx="126" cy="80" rx="40" ry="22"/>
  {steady.front}
  {moving("knead", fist(126, 90, -12, scale=0.95, arm=100))}
  <path class="move" d="M80 88 L62 88" marker-end="url(#head)"/>
  <path class="move" d="M172 88 L190 88" marker-end="url(#head)"/>
""", anim("knead", "0%, 100% { transform: translateX(-9px); } 50% { transform: translateX(9px); }", "1.6s"))


def toe_pull_rotate():
    # Close on the forefoot (top view): one hand lies over the midfoot to steady it; the other
    # pinches the big toe, index finger over it and thumb under it, draws it out and turns it.
    zoom = 'class="zoom" transform="translate(126 84) scale(1.4) translate(-130 -50)"'
    steady = hand(62, 118, 92, scale=0.8, arm=60,
                  fingers=[(-4, 40, "f"), (-2, 44, "f"), (0, 41, "f"), (2, 33, "f")], thumb=(-10, 34, "b"))
    pinch = hand(178, 26, -96, scale=0.8, arm=60,
                 fingers=[(4, 40, "f"), (-4, 16, "f"), (-8, 14, "f"), (-12, 12, "f")], thumb=(26, 34, "b"))
    svg("toe-pull-rotate", "Toe pulls and circles", "top view of the left foot, close on the toes: one hand steadies the foot, the other pinches the big toe and turns it", f"""
  <g {zoom}>
  {steady.back}{moving("pull", pinch.back)}
  {TOP_BARE}
  <ellipse class="hi pulse" cx="139" cy="42" rx="19" ry="22"/>
  {moving("pull", BIG_TOE + pinch.front)}
  {steady.front}
  </g>
  <path class="move" d="M104.6 62 A35.7 35.7 0 1 1 118 102" marker-end="url(#head)"/>
""", anim("pull", "0%, 100% { transform: translateY(0) rotate(0deg); } 30% { transform: translateY(-4px) rotate(0deg); } 60% { transform: translateY(-4px) rotate(8deg); } 80% { transform: translateY(-4px) rotate(-8deg); }", "3s", origin="139px 42px"))


def calf_stretch():
    # Sitting with the left leg straight along the floor (inner side, turned: toes up), a towel
    # looped round the ball of the foot; both hands pull its ends back so the toes tip toward
    # the shin while the heel stays down.
    dx, dy = -14, 12
    bx, by = lying(170, 190, dx, dy)        # the ball of the foot, on the sole
    floor = 194 + dy + 2
    strap = f'fill="none" stroke="{CLOTH}" stroke-width="8" stroke-linecap="round"'
    far = f'<path d="M{bx - 6} {by - 10} C{bx - 30} {by - 30} 90 44 58 44" {strap}/>'
    near = (f'<path d="M{bx - 8} {by - 12} C{bx + 10} {by - 14} {bx + 10} {by + 14} {bx - 4} {by + 12}'
            f' C{bx - 40} {by + 8} 100 70 66 62" {strap}/>')
    svg("calf-stretch", "Calf stretch", "inner side of the left leg lying straight along the floor, a towel round the ball of the foot pulled back by both hands", f"""
  <rect x="8" y="{floor}" width="224" height="6" rx="3" fill="{PROP}"/>
  <g class="pull">{far}{fist(56, 44, 96, scale=0.7, arm=90)}</g>
  {side_lying(dx, dy)}
  <ellipse class="hi pulse" cx="72" cy="{floor - 18}" rx="58" ry="11"/>
  <g class="pull">{near}{fist(64, 62, 96, scale=0.7, arm=90)}</g>
  <path class="move dash" d="M{bx + 22} {by - 18} C{bx + 16} {by - 44} {bx - 6} {by - 58} {bx - 30} {by - 56}" marker-end="url(#head)"/>
""", anim("pull", "0%, 100% { transform: translateX(0); } 50% { transform: translateX(-5px); }", "4s"))


def draw():
    heel_circles()
    arch_thumb_walk()
    ball_knuckle_knead()
    toe_pull_rotate()
    calf_stretch()
