"""Exercises with the feet: ankle pumps, a frozen bottle, a towel, marbles, a wall stretch."""
import math
import re

from .base import CLOTH, CREASE, HI, LINE, PROP, PROP_D, WATER, svg, anim
from .feet import ANKLE, MARBLE, SIDE, SIDE_CURLED, SIDE_GRIP


def arc(cx, cy, r, a0, a1):
    """An arc of radius r round (cx, cy) from angle a0 to a1 (degrees, 0 = right, 90 = down)."""
    (x0, y0), (x1, y1) = ((cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in (a0, a1))
    sweep = 1 if a1 > a0 else 0
    large = 1 if abs(a1 - a0) > 180 else 0
    return f"M{x0:.1f} {y0:.1f} A{r} {r} 0 {large} {sweep} {x1:.1f} {y1:.1f}"


def ankle_pumps():
    # The inner side of the left foot lifted off the floor, pointing the toes away and pulling
    # them back toward the shin, hinged at the ankle.
    ax, ay = ANKLE
    svg("ankle-pumps", "Ankle pumps", "inner side of the left foot lifted off the floor, pointing the toes away and pulling them back", f"""
  <rect x="20" y="222" width="200" height="6" rx="3" fill="{PROP}"/>
  <g class="pump">{SIDE}</g>
  <ellipse class="hi pulse" cx="{ax + 4}" cy="{ay + 2}" rx="26" ry="24"/>
  <path class="move" d="{arc(ax, ay, 84, -72, -16)}" marker-start="url(#head)" marker-end="url(#head)"/>
""", anim("pump", "0%, 100% { transform: rotate(0deg); } 25% { transform: rotate(-9deg); } 75% { transform: rotate(9deg); }", "3.2s", origin=f"{ax}px {ay}px"))


def cylinder(x, y, r, ox, oy, fill, stroke, width):
    """A cylinder of radius r seen end-on at a slant: its near face a circle round (x, y), its
    body reaching back by (ox, oy) to the far face."""
    k = r / math.hypot(ox, oy)
    nx, ny = -oy * k, ox * k
    side = (f'<path d="M{x + nx:.1f} {y + ny:.1f} L{x + ox + nx:.1f} {y + oy + ny:.1f} A{r} {r} 0 0 0 {x + ox - nx:.1f} {y + oy - ny:.1f}'
            f' L{x - nx:.1f} {y - ny:.1f} Z" fill="{fill}" stroke="{stroke}" stroke-width="{width}" stroke-linejoin="round"/>')
    return side + f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{fill}" stroke="{stroke}" stroke-width="{width}"/>'


def frozen_bottle_roll():
    # The inner side of the left foot resting on a frozen water bottle that lies on its side
    # across the sole, its cap toward us (seen a little from the front), a thin cloth wrapped
    # round it; rolled from the heel to the ball of the foot and back.
    dy, r = -8, 18
    nx, ny = 112, 198                        # centre of the bottle's near end (the shoulder)
    ux, uy = -0.55, 0.35                     # one step of depth toward us
    at = lambda d: (nx + d * ux, ny + d * uy)  # noqa: E731
    ice, ice_d = "#D6ECF5", "#4F8FB0"
    parts = [cylinder(*at(-6), r + 1, 40 * -ux, 40 * -uy, CLOTH, LINE, 3),
             cylinder(*at(0), r, 6 * -ux, 6 * -uy, ice, ice_d, 2.5),
             cylinder(*at(6), 9, 6 * -ux, 6 * -uy, ice, ice_d, 2.5),
             cylinder(*at(13), 8, 7 * -ux, 7 * -uy, WATER, ice_d, 2.5)]
    fx, fy = at(-6)
    hem = f'<path class="crease" d="M{fx + 6} {fy - r + 2} C{fx + 14} {fy - 8} {fx + 16} {fy + 4} {fx + 12} {fy + r - 2}"/>'
    frost = "".join(f'<path d="M{x - 3} {y} L{x + 3} {y} M{x} {y - 3} L{x} {y + 3}" stroke="#FFFFFF" stroke-width="1.8" stroke-linecap="round"/>'
                    for x, y in ((nx - 6, ny - 10), (nx + 9, ny + 6)))
    bottle = parts[0] + hem + "".join(parts[1:]) + frost
    floor = ny + r
    svg("frozen-bottle-roll", "Frozen bottle roll", "inner side of the left foot rolling a frozen water bottle, wrapped in a thin cloth, on the floor", f"""
  <rect x="20" y="{floor}" width="200" height="6" rx="3" fill="{PROP}"/>
  <g class="roll">{bottle}</g>
  <g transform="translate(0 {dy})">{SIDE}
  <path d="M64 190 C90 192 110 180 130 180 C150 180 160 190 196 190" stroke="{HI}" stroke-width="9" opacity="0.55" fill="none" stroke-linecap="round"/></g>
  <path class="move" d="M74 {floor + 14} L174 {floor + 14}" marker-start="url(#head)" marker-end="url(#head)"/>
""", anim("roll", "0%, 100% { transform: translateX(-36px); } 50% { transform: translateX(44px); }", "4s"))


def towel_scrunch():
    # The inner side of the left foot flat on a towel on the floor, the toes curled to draw the
    # towel in: it rucks up into waves in front of the toes.
    s, fx, fy = 0.74, 94, 205
    foot = f'<g class="zoom" transform="translate({fx} {fy}) scale({s}) translate(-130 -200)">{SIDE_CURLED}</g>'
    tx, ty = fx + (202 - 130) * s, fy + (176 - 200) * s
    mid = 202                                 # the towel's mid-line; it lies on the floor
    wave = f"M150 {mid} L158 {mid} C168 {mid} 168 184 180 184 C190 184 190 198 196 198 C202 198 202 190 208 190 C214 190 214 {mid} 224 {mid}"
    folds = (f'<path d="{wave}" fill="none" stroke="{LINE}" stroke-width="14"/>'
             f'<path d="{wave}" fill="none" stroke="{CLOTH}" stroke-width="8"/>'
             f'<path d="M222.5 {mid - 7} L222.5 {mid + 7}" stroke="{LINE}" stroke-width="3"/>')
    svg("towel-scrunch", "Towel scrunch", "inner side of the left foot flat on a towel on the floor, the toes curling to gather it in", f"""
  <rect x="8" y="{mid + 7}" width="224" height="6" rx="3" fill="{PROP}"/>
  <rect class="cloth" x="14" y="{mid - 5.5}" width="150" height="11" rx="4"/>
  <g class="gather">{folds}</g>
  {foot}
  <ellipse class="hi pulse" cx="{tx:.0f}" cy="{ty:.0f}" rx="18" ry="14"/>
  <path class="move dash" d="M216 228 L160 228" marker-end="url(#head)"/>
""", anim("gather", "0%, 100% { transform: translateX(6px); } 50% { transform: translateX(0); }", "2.4s"))


def marble_pickup():
    # The inner side of the left foot lifted over a shallow bowl of marbles, the toes curled
    # round one, lifting it out.
    dx, dy = -24, -30
    mx, my = MARBLE[0] + dx, MARBLE[1] + dy
    glass = lambda x, y: (f'<circle cx="{x}" cy="{y}" r="9" fill="{WATER}" stroke="#4F8FB0" stroke-width="2.5"/>'  # noqa: E731
                          f'<circle cx="{x - 2.5}" cy="{y - 2.5}" r="2.2" fill="#FFFFFF"/>')
    bowl = "M128 204 L228 204 C224 218 210 224 198 224 L158 224 C146 224 132 218 128 204 Z"
    svg("marble-pickup", "Marble pick-up", "inner side of the left foot, the toes curled round a marble, lifting it from a shallow bowl", f"""
  {glass(156, 199)}{glass(198, 199)}{glass(176, 201)}
  <path class="prop" d="{bowl}"/>
  <g class="lift">
  {glass(mx, my)}
  <g transform="translate({dx} {dy})">{SIDE_GRIP}</g>
  <ellipse class="hi pulse" cx="{mx + 6}" cy="{my - 20}" rx="16" ry="13"/>
  </g>
  <path class="move dash" d="M222 176 L222 126" marker-end="url(#head)"/>
""", anim("lift", "0%, 100% { transform: translateY(6px); } 50% { transform: translateY(-4px); }", "3s"))


def smooth(points):
    """A Catmull-Rom curve through points, as SVG cubic segments (no leading M)."""
    pts = [points[0]] + list(points) + [points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[i - 1:i + 3]
        out.append(f"C{x1 + (x2 - x0) / 6:.1f} {y1 + (y2 - y0) / 6:.1f} {x2 - (x3 - x1) / 6:.1f} {y2 - (y3 - y1) / 6:.1f} {x2:.1f} {y2:.1f}")
    return " ".join(out)


def map_path(d, f):
    """Path d (absolute M/L/C commands only) with every point (x, y) moved to f(x, y)."""
    nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
    cmds = re.findall(r"[MLC]", d)
    counts = {"M": 1, "L": 1, "C": 3}
    out, i = [], 0
    for c in cmds:
        pts = []
        for _ in range(counts[c]):
            x, y = f(nums[i], nums[i + 1])
            pts.append(f"{x:.1f} {y:.1f}")
            i += 2
        out.append(c + " ".join(pts))
    return " ".join(out)


# The foot of SIDE from the back of the ankle, round the heel, sole and toes, to the front of
# the ankle.
SIDE_FOOT = ("M62 132 C58 146 46 156 46 172 C46 185 54 191 68 191 L90 191 C106 191 114 181 130 181"
             " C146 181 154 190 170 190 L198 190 C209 190 215 186 215 179 C215 171 207 166 195 165 C168 162 140 150 120 130")


def standing_calf_stretch():
    # Standing, hands on a wall (off the picture): the inner side of the left leg stepped back,
    # the heel flat on the floor, the knee straight, the whole leg leaning toward the wall so
    # the calf stretches.
    s, floor, dx = 0.45, 210, 16
    oy = floor - 191 * s
    tilt = math.radians(24)
    au, av = 76, 120                          # the leg's axis meets the ankle here (SIDE units)

    def leg(u, v):
        """A point u up the leg's axis from the ankle and v across it (forward > 0), SIDE units."""
        return (au + u * math.sin(tilt) + v * math.cos(tilt), av - u * math.cos(tilt) + v * math.sin(tilt))

    pic = lambda x, y: (x * s + dx, y * s + oy)  # noqa: E731
    front = [(40, 30), (120, 29), (210, 31), (270, 38), (300, 40), (330, 36), (380, 42), (560, 56)]
    back = [(560, -56), (400, -46), (320, -38), (270, -46), (200, -54), (130, -42), (60, -26), (24, -24)]
    outline = [pic(120, 130)] + [pic(*leg(u, v)) for u, v in front + back] + [pic(62, 132)]
    foot = re.sub(r"^M\S+ \S+ ", "", map_path(SIDE_FOOT, pic))
    body = f"M{outline[0][0]:.1f} {outline[0][1]:.1f} {smooth(outline)} {foot} Z"
    nail = map_path("M197 166 C204 166 210 169 212 174", pic)
    arch = map_path("M118 178 C138 174 150 180 160 186", pic)
    bx, by = pic(90, 134)
    cx, cy = pic(*leg(200, -30))
    ax, ay = pic(*leg(0, 0))
    wall = (f'<rect class="prop" x="200" y="-4" width="44" height="{floor + 4}"/>'
            f'<rect x="200" y="{floor - 12}" width="44" height="12" fill="{PROP_D}"/>')
    svg("standing-calf-stretch", "Standing calf stretch", "inner side of the left leg stepped back, heel down and knee straight, leaning toward a wall", f"""
  {wall}
  <rect x="8" y="{floor}" width="230" height="6" rx="3" fill="{PROP}"/>
  <g class="foot">
    <path class="skin" d="{body}"/>
    <path class="crease" d="{nail}"/>
    <path d="{arch}" stroke="{CREASE}" stroke-width="1.5" fill="none" stroke-linecap="round"/>
    <ellipse cx="{bx:.1f}" cy="{by:.1f}" rx="3.5" ry="3" fill="#E5C2A8"/>
  </g>
  <g transform="rotate(24 {cx:.1f} {cy:.1f})"><ellipse class="hi pulse" cx="{cx:.1f}" cy="{cy:.1f}" rx="12" ry="32"/></g>
  <path class="move dash" d="{arc(ax, ay, 100, -90 - 8, -90 + 52)}" marker-end="url(#head)"/>
""")


def draw():
    ankle_pumps()
    frozen_bottle_roll()
    towel_scrunch()
    marble_pickup()
    standing_calf_stretch()
