"""Hands in the flat style: a forearm, the palm, four fingers and a thumb as rounded shapes.

Each hand is built in its own frame (knuckle row at 0,0, fingers pointing up, a RIGHT hand
seen from the back, so its thumb is on the left) and placed with translate/rotate/scale;
flip=True mirrors it (a left hand from the back, or a right hand from the palm side).
A digit can lie in front of the foot or behind it (wrapped round the far side), so hand()
returns two layers: draw `back` before the foot and `front` after it.
"""
import math

from .base import LINE

# x of each finger's knuckle and its length: index, middle, ring, little.
FINGER_X = (-16.5, -5.5, 5.5, 16.5)
FINGER_LEN = (40, 44, 41, 33)
PALM = "M-23 -3 C-24 14 -21 36 -15 46 L15 46 C21 36 24 14 23 -3 C21 -9 -21 -9 -23 -3 Z"


class Hand:
    def __init__(self, back, front, place=None, thumb_tip=None):
        self.back, self.front, self.place = back, front, place
        self.thumb_tip = place(*thumb_tip) if place and thumb_tip else None

    def both(self):
        return self.back + self.front


def digit(bx, by, angle, length, width, nail=True):
    """One finger or thumb: a capsule from its knuckle (bx, by) pointing at `angle` (0 = up)."""
    d = f'<g transform="translate({bx} {by}) rotate({angle})"><rect class="hand" x="{-width / 2}" y="{-length}" width="{width}" height="{length + width / 2}" rx="{width / 2}"/>'
    if nail:
        d += f'<ellipse class="nail" cx="0" cy="{-length + width * 0.6:.1f}" rx="{width * 0.3:.1f}" ry="{width * 0.36:.1f}"/>'
    return d + "</g>"


def hand(x, y, angle=0, *, flip=False, scale=1.0, fingers=None, thumb=(-38, 36, "f"),
         arm=70, nails=True, palm="f"):
    """A hand whose knuckle row sits at (x, y), turned `angle` degrees clockwise from
    fingers-up. fingers: four (angle, length, layer) for index..little, layer "f" (in front of
    the foot), "b" (behind it) or "" (hidden); thumb likewise. arm: forearm length."""
    if fingers is None:
        fingers = [(a, l, "f") for a, l in zip((-8, -2, 4, 10), FINGER_LEN)]
    layers = {"f": [], "b": []}
    for fx, (fa, fl, layer) in zip(FINGER_X, fingers):
        if layer:
            layers[layer].append(digit(fx, 2, fa, fl, 11.5, nails))
    ta, tl, tlayer = thumb
    thumb_svg = digit(-18, 28, ta, tl, 14, nails) if tlayer else ""
    body = (f'<rect class="hand" x="-14" y="36" width="28" height="{arm}" rx="12"/>'
            f'<path class="hand" d="{PALM}"/>')
    layers[palm].append(body)
    if tlayer == "f" and palm == "f" and ta < -20:
        layers["f"].insert(0, thumb_svg)    # spread away from the palm: its root under the palm
    elif tlayer:
        layers[tlayer].append(thumb_svg)
    sx = -scale if flip else scale
    wrap = f'<g transform="translate({x} {y}) rotate({angle}) scale({sx} {scale})">'
    back, front = (wrap + "".join(layers[k]) + "</g>" if layers[k] else "" for k in ("b", "f"))
    tip = (-18 + (tl - 4) * math.sin(math.radians(ta)), 28 - (tl - 4) * math.cos(math.radians(ta)))
    return Hand(back, front, placer(x, y, angle, sx, scale), tip)


def placer(x, y, angle, sx, sy):
    """Maps a point of a hand's own frame to the picture (to aim arrows at a fingertip)."""
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))

    def place(px, py):
        px, py = px * sx, py * sy
        return (round(x + px * c - py * s, 1), round(y + px * s + py * c, 1))
    return place


def fist(x, y, angle=0, *, flip=False, scale=1.0, arm=70):
    """A loose fist seen from the back of the hand: four bent fingers lie side by side at the
    top, their flat middle parts forming the front edge, the thumb tucked along the side."""
    fingers = "".join(f'<rect class="hand" x="{fx - 6}" y="-16" width="12" height="26" rx="6"/>' for fx in FINGER_X)
    knuckles = "".join(f'<circle cx="{fx}" cy="4" r="2" fill="{LINE}" opacity="0.5"/>' for fx in FINGER_X)
    sx = -scale if flip else scale
    return (f'<g transform="translate({x} {y}) rotate({angle}) scale({sx} {scale})">'
            f'<rect class="hand" x="-14" y="36" width="28" height="{arm}" rx="12"/>'
            f'<path class="hand" d="{PALM}"/>{fingers}{knuckles}'
            f'{digit(-21, 22, -12, 26, 14, True)}</g>')


def thumb_on(tip, angle=0, **kw):
    """A hand(...) placed so that the pad of its thumb lands on the point `tip`."""
    tx, ty = hand(0, 0, angle, **kw).thumb_tip
    return hand(round(tip[0] - tx, 1), round(tip[1] - ty, 1), angle, **kw)
