"""The library: tendons on top, ankle, Achilles, arch stretch, ball roll, closing strokes."""
from .base import HI, LINE, PROP, PROP_D, svg, anim, moving
from .feet import ACHILLES_X, GROOVES, SIDE, TOP, lying, side_lying
from .hands import hand, thumb_on

UNDER = [(2, 40, "b"), (0, 44, "b"), (-2, 41, "b"), (-4, 33, "b")]


def top_tendon_glide():
    # Top view of the left foot cradled from below (fingers under the sole), the thumbs on
    # top in the grooves between the long bones, gliding from the toes toward the ankle.
    (g1, _), (g2, _) = GROOVES
    left = thumb_on((g2[0], g2[1] + 22), 4, flip=True, scale=0.85, fingers=UNDER, thumb=(-12, 40, "f"), palm="b")
    right = thumb_on((g1[0], g1[1] + 22), -4, scale=0.85, fingers=UNDER, thumb=(-34, 44, "f"), palm="b")
    grooves = " ".join(f"M{a[0]} {a[1]} L{b[0]} {b[1]}" for a, b in GROOVES)
    svg("top-tendon-glide", "Top-of-foot groove glides", "top view of the left foot held from below, thumbs gliding in the grooves between the bones toward the ankle", f"""
  {moving("glide", left.back + right.back)}
  {TOP}
  <path d="{grooves}" stroke="{HI}" stroke-width="9" opacity="0.5" stroke-linecap="round"/>
  {moving("glide", left.front + right.front)}
  <path class="move dash" d="M120 140 L120 204" marker-end="url(#head)"/>
""", anim("glide", "0% { transform: translateY(0); opacity: 1; } 80% { transform: translateY(70px); opacity: 1; } 100% { transform: translateY(70px); opacity: 0; }", "3s"))


def ankle_circles():
    # The inner side of the left foot lifted off the floor, circling at the ankle.
    svg("ankle-circles", "Ankle circles", "inner side of the left foot lifted off the floor, circling at the ankle", f"""
  <rect x="20" y="222" width="200" height="6" rx="3" fill="{PROP}"/>
  <g class="rock">{SIDE}</g>
  <circle class="hi pulse" cx="90" cy="138" r="20"/>
  <ellipse class="move dash" cx="200" cy="160" rx="20" ry="30"/>
  <path class="move" d="M220 152 L220 166" marker-end="url(#head)"/>
""", anim("rock", "0%, 100% { transform: rotate(0deg); } 25% { transform: rotate(-6deg); } 75% { transform: rotate(6deg); }", "3.2s", origin="90px 138px"))


def achilles_squeeze():
    # The inner side of the left ankle: a hand from behind the leg takes the tendon between
    # the thumb (on this side) and the bent index finger (round the far side), climbing.
    curled = [(4, 30, "b"), (30, 18, "b"), (40, 16, "b"), (50, 14, "b")]
    pinch = thumb_on((ACHILLES_X + 8, 128), 80, scale=0.85, fingers=curled, thumb=(6, 34, "f"), arm=80, palm="b")
    svg("achilles-squeeze", "Achilles squeeze", "inner side of the left ankle, thumb and index finger pinching up the Achilles tendon", f"""
  {moving("climb", pinch.back)}
  {SIDE}
  <path d="M{ACHILLES_X + 4} 150 C{ACHILLES_X} 110 {ACHILLES_X - 6} 80 {ACHILLES_X - 10} 54" stroke="{HI}" stroke-width="12" opacity="0.55" fill="none" stroke-linecap="round"/>
  {moving("climb", pinch.front)}
  <path class="move dash" d="M34 112 L28 46" marker-end="url(#head)"/>
""", anim("climb", "0% { transform: translateY(0); } 20%, 33% { transform: translateY(-16px); } 53%, 66% { transform: translateY(-32px); } 86%, 100% { transform: translateY(-48px); }", "4s"))


def plantar_fascia_stretch():
    # The left foot across the right knee (the knee and the trouser leg below it), turned so
    # the sole faces right: one hand bends the toes back toward the shin, the other's thumb
    # runs along the taut band under the arch.
    dx, dy = -24, 0
    trousers = f'fill="{PROP_D}" stroke="{LINE}" stroke-width="3" stroke-linejoin="round"'
    kx, ky = lying(40, 112, dx, dy)
    pull = hand(*lying(206, 214, dx, dy), -64, scale=0.8, arm=80,
                fingers=[(-16, 30, "f"), (-12, 36, "f"), (-8, 33, "f"), (-4, 27, "f")], thumb=(-30, 30, "b"))
    arch = thumb_on(lying(126, 184, dx, dy), -96, flip=True, scale=0.8, arm=90, fingers=UNDER, thumb=(-80, 36, "f"))
    ax, ay = lying(100, 188, dx, dy)
    bx, by = lying(170, 188, dx, dy)
    tx, ty = lying(215, 180, dx, dy)
    svg("plantar-fascia-stretch", "Plantar fascia stretch", "the left foot across the right knee, sole turned out: toes drawn back toward the shin, a thumb along the arch", f"""
  <g class="zoom" transform="translate(14 20) scale(0.86)">
  <path d="M{kx - 26} {ky} L{kx - 22} 270 L{kx + 22} 270 L{kx + 26} {ky} Z" {trousers}/>
  <circle cx="{kx}" cy="{ky}" r="27" {trousers}/>
  {arch.back}{moving("draw", pull.back)}
  {side_lying(dx, dy, trousers=PROP_D)}
  <path d="M{ax} {ay} C{ax + 8} {(ay + by) / 2} {bx + 8} {(ay + by) / 2} {bx} {by}" stroke="{HI}" stroke-width="12" opacity="0.55" fill="none" stroke-linecap="round"/>
  {arch.front}
  {moving("draw", pull.front)}
  <path class="move dash" d="M{tx + 40} {ty + 4} C{tx + 36} {ty - 22} {tx + 10} {ty - 30} {tx - 16} {ty - 22}" marker-end="url(#head)"/>
  </g>
""", anim("draw", "0%, 100% { transform: rotate(0deg); } 50% { transform: rotate(-8deg); }", "3.5s", origin=f"{bx}px {by}px"))


def tennis_ball_roll():
    # The inner side of the left foot resting on a tennis ball, rolling it heel to toes.
    svg("tennis-ball-roll", "Tennis-ball roll", "inner side of the left foot rolling a ball on the floor", f"""
  <rect x="20" y="210" width="200" height="6" rx="3" fill="{PROP}"/>
  <g class="roll"><circle cx="124" cy="196" r="14" fill="#CFDB5A" stroke="#7D8A24" stroke-width="3"/><path d="M112 189 C119 195 119 199 113 205 M136 187 C129 193 129 199 136 206" stroke="#F5F7E0" stroke-width="2.5" fill="none"/></g>
  {SIDE}
  <path d="M64 190 C90 192 110 180 130 180 C150 180 160 190 196 190" stroke="{HI}" stroke-width="9" opacity="0.55" fill="none" stroke-linecap="round"/>
  <path class="move" d="M74 230 L174 230" marker-start="url(#head)" marker-end="url(#head)"/>
""", anim("roll", "0%, 100% { transform: translateX(-40px); } 50% { transform: translateX(42px); }", "3.6s"))


def closing_strokes():
    # Top view of the left foot sandwiched between two palms, one on top (seen) and one under
    # the sole (its fingers and thumb showing past the edges), sliding from toes to ankle.
    under = hand(88, 124, -96, scale=0.95, palm="b", thumb=(-30, 36, "b"),
                 fingers=[(-6, 40, "b"), (-2, 44, "b"), (2, 41, "b"), (6, 33, "b")])
    top = hand(122, 100, 4, scale=0.9, fingers=[(-6, 40, "f"), (-2, 44, "f"), (2, 41, "f"), (6, 33, "f")], thumb=(-30, 34, "f"))
    svg("closing-strokes", "Closing strokes", "top view of the left foot between two palms, sweeping from the toes to the ankle", f"""
  {moving("sweep", under.back)}
  {TOP}
  {moving("sweep", top.front)}
  <path class="move dash" d="M60 60 C52 110 56 160 80 200" marker-end="url(#head)"/>
  <path class="move dash" d="M180 60 C188 110 184 160 160 200" marker-end="url(#head)"/>
""", anim("sweep", "0% { transform: translateY(0); opacity: 0.2; } 15% { opacity: 1; } 85% { transform: translateY(80px); opacity: 1; } 100% { transform: translateY(86px); opacity: 0; }", "4s"))


def draw():
    top_tendon_glide()
    ankle_circles()
    achilles_squeeze()
    plantar_fascia_stretch()
    tennis_ball_roll()
    closing_strokes()
