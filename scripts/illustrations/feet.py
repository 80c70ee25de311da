"""The LEFT foot in its three views (see the convention in scripts/draw_illustrations.py)."""
from .base import CREASE

# Sole view of the left foot: toes at the top, heel at the bottom, big toe on the LEFT
# (the sole as its owner sees it with the foot across the other knee, turned toes-up).
SOLE = """<g class="foot">
    <path class="skin" d="M120 214 C92 214 84 192 86 166 C88 140 99 126 97 106 C95 89 86 81 92 66 C98 54 118 52 138 56 C156 60 161 75 157 93 C153 113 148 131 150 161 C152 193 146 214 120 214 Z"/>
    <ellipse class="skin" cx="101" cy="42" rx="13" ry="16"/>
    <ellipse class="skin" cx="124" cy="34" rx="9" ry="11"/>
    <ellipse class="skin" cx="141" cy="38" rx="8" ry="10"/>
    <ellipse class="skin" cx="155" cy="48" rx="7" ry="9"/>
    <ellipse class="skin" cx="164" cy="61" rx="6" ry="8"/>
  </g>"""

# Top view of the left foot, looking down at it: toes at the top, big toe on the RIGHT,
# the shin leaving at the bottom.
BIG_TOE = '<ellipse class="skin" cx="139" cy="42" rx="13" ry="16"/><ellipse class="nail" cx="139" cy="34" rx="6" ry="5"/>'
TOP_BARE = f"""<g class="foot">
    <path class="skin" d="M140 240 L140 200 C150 186 156 160 154 132 C152 104 150 84 148 68 C144 54 124 50 102 54 C84 58 76 72 78 92 C80 116 84 150 94 182 C98 194 100 200 100 240 Z"/>
    <ellipse class="skin" cx="116" cy="34" rx="9" ry="11"/>
    <ellipse class="skin" cx="99" cy="38" rx="8" ry="10"/>
    <ellipse class="skin" cx="85" cy="48" rx="7" ry="9"/>
    <ellipse class="skin" cx="76" cy="61" rx="6" ry="8"/>
    <ellipse class="nail" cx="116" cy="28" rx="4" ry="3.5"/>
    <ellipse class="nail" cx="99" cy="32" rx="3.5" ry="3"/>
    <ellipse class="nail" cx="85" cy="43" rx="3" ry="2.5"/>
    <ellipse class="nail" cx="76" cy="56" rx="2.5" ry="2"/>
    <path d="M132 62 L128 180 M116 60 L120 180 M100 64 L112 180 M88 72 L106 180" stroke="{CREASE}" stroke-width="2" fill="none" stroke-linecap="round"/>
  </g>"""
TOP = TOP_BARE.replace("</g>", BIG_TOE + "</g>")

# The grooves between the long bones on top of the foot (TOP view), from the toes toward the ankle.
GROOVES = [((124, 66), (124, 168)), ((108, 68), (116, 168))]

# Inner side of the left foot: heel on the left, toes on the right, the arch lifting off the
# floor between heel and ball, the inner ankle bone showing. The shin runs up off the picture.
SIDE = f"""<g class="foot">
    <path class="skin" d="M46 -140 L46 -40 C46 40 62 90 62 132 C58 146 46 156 46 172 C46 185 54 191 68 191 L90 191 C106 191 114 181 130 181 C146 181 154 190 170 190 L198 190 C209 190 215 186 215 179 C215 171 207 166 195 165 C168 162 140 150 120 130 C110 119 104 96 106 -40 L106 -140 Z"/>
    <path class="crease" d="M197 166 C204 166 210 169 212 174"/>
    <path d="M118 178 C138 174 150 180 160 186" stroke="{CREASE}" stroke-width="2" fill="none" stroke-linecap="round"/>
    <ellipse cx="90" cy="134" rx="7" ry="6" fill="#E5C2A8"/>
  </g>"""

# Points of interest in SIDE, used by several drawings.
ANKLE = (90, 134)
ACHILLES_X = 64


def side_lying(dx=0, dy=0, trousers=None):
    """SIDE turned a quarter-turn: the leg lying along the floor to the left, the heel down and
    the toes up, the sole facing right. (x, y) in SIDE lands at (y + dx, 240 - x + dy).
    trousers: a fill colour for a trouser leg rolled up to mid-shin."""
    leg = f'<g transform="translate({dx} {dy}) rotate(-90 120 120)">{SIDE}</g>'
    if trousers:
        leg += (f'<path d="M-10 {126 + dy} L{58 + dx} {128 + dy} C{64 + dx} {150 + dy} {64 + dx} {180 + dy} {58 + dx} {198 + dy}'
                f' L-10 {200 + dy} Z" fill="{trousers}" stroke="#8A5A44" stroke-width="3" stroke-linejoin="round"/>')
    return leg


def lying(x, y, dx=0, dy=0):
    """Where the SIDE point (x, y) lands in side_lying(dx, dy)."""
    return (y + dx, 240 - x + dy)


def _side_toes(toes, creases):
    """SIDE with its toes (from the ball of the foot round to the top of the forefoot) redrawn."""
    head, rest = SIDE.split(" L198 190 ", 1)
    tail = rest.split(" C168 162 ", 1)[1]
    out = f"{head} {toes} {tail}"
    return out.replace('<path class="crease" d="M197 166 C204 166 210 169 212 174"/>', creases)


# SIDE with the toes curled under (gripping a towel): the toe pads lift off the floor behind
# the tips, which press down, and the middle joints rise in a hump.
SIDE_CURLED = _side_toes(
    "L180 190 C188 189 192 186 196 186 C202 186 204 191 208 191 C214 191 216 185 215 178"
    " C214 168 208 160 198 158 C188 156 182 160 172 160 C152 158",
    '<path class="crease" d="M207 163 C212 167 215 172 215 177"/><path class="crease" d="M188 160 C190 166 190 172 188 178"/>')

# SIDE with the toes curled round a marble held under their pads, the tips wrapping its front;
# MARBLE is its centre.
SIDE_GRIP = _side_toes(
    "L174 190 C182 190 188 187 194 186 C200 185 205 187 207 192 C208 197 208 204 213 205"
    " C219 206 223 198 223 186 C222 170 212 160 198 158 C188 156 182 160 172 160 C152 158",
    '<path class="crease" d="M213 163 C218 168 222 176 223 184"/><path class="crease" d="M190 160 C192 166 192 174 190 182"/>')
MARBLE = (200, 197)
