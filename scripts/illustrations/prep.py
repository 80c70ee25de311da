"""Preparation and aftercare: the quiet spot, the soak, the oil, warm-up strokes; socks after."""
from .base import HI, LINE, OIL, PROP_D, SOCK, SOCK_D, WATER, svg, anim, moving
from .feet import SIDE, TOP, TOP_BARE, side_lying
from .hands import hand


def quiet_spot():
    # A person seen from their right, leaning back in an armchair on a cushion, the left ankle
    # resting across the right knee, hands resting on the left shin; a floor lamp glows softly.
    trousers = f'fill="{PROP_D}" stroke="{LINE}" stroke-width="3" stroke-linejoin="round"'
    foot = f'<g class="zoom" transform="translate(136 96) scale(0.3)">{side_lying()}</g>'
    svg("quiet-spot", "Settling in", "a person leaning back in an armchair on a cushion, the left foot across the right knee, a soft lamp", f"""
  <circle class="glow" cx="28" cy="58" r="34" fill="#F8D98B" opacity="0.45"/>
  <line x1="28" y1="58" x2="28" y2="222" stroke="{PROP_D}" stroke-width="3"/>
  <path class="prop" d="M12 36 L44 36 L50 60 L6 60 Z"/>
  <path d="M18 224 L38 224" stroke="{PROP_D}" stroke-width="4" stroke-linecap="round"/>
  <rect class="prop" x="46" y="74" width="34" height="124" rx="14"/>
  <rect class="prop" x="46" y="166" width="128" height="30" rx="12"/>
  <path d="M58 196 L58 222 M160 196 L160 222" stroke="{PROP_D}" stroke-width="5" stroke-linecap="round"/>
  <rect x="68" y="110" width="22" height="54" rx="10" fill="{HI}" stroke="{LINE}" stroke-width="3"/>
  {foot}
  <path d="M100 112 L170 128 C178 130 178 146 170 148 L104 150 Z" {trousers}/>
  <path class="cloth" d="M86 84 C98 80 112 84 114 96 L122 162 L88 168 C84 140 80 110 86 84 Z"/>
  <path d="M88 148 L162 146 C176 146 178 172 164 172 L92 174 Z" {trousers}/>
  <path d="M150 166 L172 166 L170 214 L152 214 Z" {trousers}/>
  <path class="skin" d="M152 212 L170 212 C176 216 188 218 190 222 C190 226 182 226 170 226 L150 226 C148 220 150 216 152 212 Z"/>
  <rect class="skin" x="96" y="66" width="12" height="18" rx="4"/>
  <circle class="skin" cx="102" cy="54" r="17"/>
  <path d="M86 52 C84 36 104 30 114 42 C106 40 96 44 92 60 Z" fill="{PROP_D}" stroke="{LINE}" stroke-width="2"/>
  <path class="crease" d="M108 54 C110 56 113 56 115 54"/>
  <path class="cloth" d="M96 90 C104 88 112 94 112 102 L120 128 C122 134 114 138 110 132 L100 108 Z"/>
  <path class="cloth" d="M112 124 L150 132 C156 134 154 142 148 142 L110 136 Z"/>
  <ellipse class="skin" cx="156" cy="137" rx="10" ry="7" style="fill: #E8C0A4"/>
  <ellipse class="hi pulse" cx="184" cy="128" rx="26" ry="32"/>
""", anim("glow", "0%, 100% { opacity: 0.3; } 50% { opacity: 0.6; }", "4s"))


def warm_soak():
    # The inner side of the left foot in a basin of lukewarm water up to the ankle bones:
    # ripples spread from the ankle, no steam (lukewarm water does not steam).
    foot = f'<g class="zoom" transform="translate(130 204) scale(0.74) translate(-130 -200)">{SIDE}</g>'
    svg("warm-soak", "Warm foot soak", "inner side of the left foot in a basin of lukewarm water", f"""
  <path class="prop" d="M30 122 L210 122 L196 218 L44 218 Z"/>
  {foot}
  <path d="M33 142 L207 142 L196 214 L44 214 Z" fill="{WATER}" opacity="0.45"/>
  <path d="M33 142 L207 142" stroke="#4F8FB0" stroke-width="2.5" stroke-linecap="round"/>
  <path class="prop" d="M30 122 L210 122 L196 218 L44 218 Z" style="fill: none"/>
  <ellipse class="ripple" cx="94" cy="142" rx="20" ry="4" fill="none" stroke="#4F8FB0" stroke-width="2.5"/>
  <ellipse class="ripple r2" cx="94" cy="142" rx="20" ry="4" fill="none" stroke="#4F8FB0" stroke-width="2.5"/>
  <ellipse class="hi pulse" cx="120" cy="176" rx="62" ry="20" style="opacity: 0.35"/>
""", anim("ripple", "0% { transform: scale(1); opacity: 0.9; } 100% { transform: scale(2.6); opacity: 0; }", "2.4s", "ease-out")
        + "\n  .ripple { transform-box: fill-box; transform-origin: center; } .r2 { animation-delay: 1.2s; }")


def oil_up():
    # Top view of the left foot: both hands wrapped round it (fingers over the top, thumbs
    # under the sole) spread a thin coat of oil from the toes toward the ankle; the bottle
    # stands by.
    outer = hand(84, 112, 82, scale=0.85, arm=70,
                 fingers=[(-6, 40, "f"), (-2, 44, "f"), (2, 41, "f"), (6, 33, "f")], thumb=(-10, 34, "b"))
    inner = hand(156, 142, -82, flip=True, scale=0.85, arm=70,
                 fingers=[(6, 40, "f"), (2, 44, "f"), (-2, 41, "f"), (-6, 33, "f")], thumb=(-10, 34, "b"))
    sheen = f'<path d="M106 70 C104 110 108 150 114 190 M134 70 C138 100 138 140 132 186" stroke="{OIL}" stroke-width="8" opacity="0.45" fill="none" stroke-linecap="round"/>'
    bottle = (f'<g transform="translate(196 206)"><rect class="prop" x="-13" y="-26" width="26" height="44" rx="7" style="fill: {OIL}"/>'
              f'<rect class="prop" x="-6" y="-38" width="12" height="13" rx="3"/></g>')
    svg("oil-up", "Oil or lotion", "top view of the left foot, both hands wrapped round it spreading oil toward the ankle", f"""
  {moving("sweep", outer.back + inner.back)}
  {TOP}
  {sheen}
  {bottle}
  {moving("sweep", outer.front + inner.front)}
  <path class="move dash" d="M40 160 L40 214" marker-end="url(#head)"/>
""", anim("sweep", "0%, 100% { transform: translateY(0); } 50% { transform: translateY(46px); }", "3.2s")
)


def warm_up_strokes():
    # Top view of the left foot: both hands lie flat on top of it, fingers toward the toes, and
    # take turns stroking from the toes toward the ankle, warming the whole foot.
    flat = [(-4, 40, "f"), (-1, 44, "f"), (2, 41, "f"), (5, 33, "f")]
    left = hand(100, 100, -4, flip=True, scale=0.68, arm=200, fingers=flat, thumb=(-12, 30, "f"))
    right = hand(137, 122, 4, scale=0.68, arm=200, fingers=flat, thumb=(-12, 30, "f"))
    svg("warm-up-strokes", "Warm-up strokes", "top view of the left foot, two flat hands taking turns stroking from the toes toward the ankle", f"""
  {TOP}
  <ellipse class="hi pulse" cx="118" cy="118" rx="40" ry="74"/>
  {moving("stroke-a", left.front)}{moving("stroke-b", right.front)}
  <path class="move dash" d="M56 58 L56 206" marker-end="url(#head)"/>
  <path class="move dash" d="M184 58 L184 206" marker-end="url(#head)"/>
""", anim("stroke-a", "0% { transform: translateY(0); opacity: 0; } 10% { opacity: 1; } 45% { transform: translateY(60px); opacity: 1; } 50%, 100% { transform: translateY(64px); opacity: 0; }", "3.6s")
        + anim("stroke-b", "0%, 50% { transform: translateY(-22px); opacity: 0; } 60% { opacity: 1; } 95% { transform: translateY(38px); opacity: 1; } 100% { transform: translateY(42px); opacity: 0; }", "3.6s"))


def aftercare():
    # Top view of the left foot in a warm sock, a folded towel beside it: the foot rests, kept
    # warm (the glow round it) and not slipping after the oil.
    toe = ("154 60 C154 38 148 26 138 26 C131 26 128 28 125 29 C121 24 117 22 112 22 C104 22 98 25 92 30"
           " C86 34 82 40 80 46 C74 50 71 56 71 62")
    sock = (f"M141 208 C146 200 154 196 155 186 C156 176 151 168 153 150 C155 120 154 84 {toe}"
            " C71 72 76 84 78 100 C80 124 84 150 89 170 C86 180 88 190 94 196 C97 200 99 204 100 208 Z")
    # The toe of the sock in a darker knit, from a seam across the base of the toes.
    cap = f"M74 72 C90 62 110 56 130 56 C140 56 148 58 154 62 L{toe} C71 66 72 69 74 72 Z"
    toes = "M125 29 C124 34 123 38 122 41 M92 31 C93 36 94 39 95 42 M80 46 C82 50 83 53 84 55"
    ribs = " ".join(f"M{x} 202 L{x} 222" for x in range(106, 138, 6))
    towel = (f'<g transform="translate(190 162) rotate(-8)">'
             f'<rect class="cloth" x="-30" y="-44" width="60" height="88" rx="6"/>'
             f'<path class="crease" d="M-30 -14 L30 -14 M-30 16 L30 16"/>'
             f'<path d="M-22 -44 L-22 44 M-16 -44 L-16 44" stroke="#FFFFFF" stroke-width="2.5" opacity="0.7"/>'
             f'<path class="crease" d="M26 -40 C29 -20 29 20 26 40"/></g>')
    svg("aftercare", "Aftercare", "top view of the left foot in a sock, beside a folded towel", f"""
  {towel}
  <g transform="translate(-18 0)">
  <ellipse class="hi pulse" cx="114" cy="118" rx="58" ry="100" style="opacity: 0.3"/>
  {TOP_BARE}
  <path d="{sock}" fill="{SOCK}" stroke="{LINE}" stroke-width="3" stroke-linejoin="round"/>
  <path d="{cap}" fill="{SOCK_D}" stroke="{LINE}" stroke-width="3" stroke-linejoin="round"/>
  <path class="crease" d="{toes}"/>
  <rect x="99" y="198" width="42" height="26" rx="5" fill="{SOCK_D}" stroke="{LINE}" stroke-width="3"/>
  <path d="{ribs}" stroke="{LINE}" stroke-width="1.5" opacity="0.5"/>
  </g>
""")


def draw():
    quiet_spot()
    warm_soak()
    oil_up()
    warm_up_strokes()
    aftercare()
