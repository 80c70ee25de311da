"""Preparation: the quiet spot, the soak, the oil."""
from .base import HI, LINE, OIL, PROP_D, WATER, svg, anim, moving
from .feet import SIDE, TOP, side_lying
from .hands import hand


def quiet_spot():
    # A person seen from their right, leaning back in an armchair on a cushion, the left ankle
    # resting across the right knee, hands resting on the left shin; a floor lamp glows softly.
    trousers = f'fill="{PROP_D}" stroke="{LINE}" stroke-width="3" stroke-linejoin="round"'
    foot = f'<g class="zoom" transform="translate(136 96) scale(0.3)">{side_lying()}</g>'
    svg("quiet-spot", "Settle into a quiet spot", "a person leaning back in an armchair on a cushion, the left foot across the right knee, a soft lamp", f"""
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


def draw():
    quiet_spot()
    warm_soak()
    oil_up()
