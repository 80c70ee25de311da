use super::*;

#[test]
fn requests_map_to_the_nearest_language_solewise_speaks() {
    let n = |asked| negotiate(asked);
    assert_eq!(
        n("de_DE.UTF-8"),
        Negotiated {
            tag: "de",
            exact: true
        }
    );
    assert_eq!(
        n("de-AT"),
        Negotiated {
            tag: "de",
            exact: true
        }
    );
    assert_eq!(
        n("pt_PT.UTF-8"),
        Negotiated {
            tag: "pt-BR",
            exact: false
        }
    );
    assert_eq!(
        n("pt_BR"),
        Negotiated {
            tag: "pt-BR",
            exact: true
        }
    );
    assert_eq!(
        n("zh_TW.UTF-8"),
        Negotiated {
            tag: "zh-CN",
            exact: false
        }
    );
    assert_eq!(
        n("zh-Hant"),
        Negotiated {
            tag: "zh-CN",
            exact: false
        }
    );
    assert_eq!(
        n("zh_CN.UTF-8"),
        Negotiated {
            tag: "zh-CN",
            exact: true
        }
    );
    assert_eq!(
        n("ar_EG.UTF-8"),
        Negotiated {
            tag: "ar",
            exact: true
        }
    );
    for unreadable in ["", "C", "POSIX", "C.UTF-8", "xx_YY.bad@x", "!!", "sw_KE"] {
        assert_eq!(n(unreadable).tag, "en", "{unreadable}");
    }
    assert_eq!(n("en_XA").tag, PSEUDO);
}

#[test]
fn the_pseudo_language_leaves_no_ascii_letter_and_grows_a_third() {
    let text = pseudo("Start the session");
    assert!(text.starts_with('[') && text.ends_with(']'));
    assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
    assert_eq!(text.chars().filter(|c| *c == '·').count(), 6);
    assert_eq!(pseudo("  "), "  ");
}

#[test]
fn a_voice_is_used_only_for_the_language_it_speaks() {
    assert!(voice_speaks("de", "de") && voice_speaks("de-AT", "de"));
    assert!(
        !voice_speaks("en-GB", "de"),
        "never German with an English voice"
    );
    assert!(voice_speaks("cmn", "zh-CN") && voice_speaks("zh", "zh-CN"));
    assert!(voice_speaks("pt-PT", "pt-BR"));
    assert!(voice_speaks("en-US", PSEUDO));
    assert_eq!(speech_language("ja"), "ja");
}

#[test]
fn the_week_starts_where_the_locale_starts_it() {
    use jiff::civil::Weekday;
    assert_eq!(first_weekday_in("en_US.UTF-8"), Weekday::Sunday);
    assert_eq!(first_weekday_in("ja_JP.UTF-8"), Weekday::Sunday);
    assert_eq!(first_weekday_in("de_DE.UTF-8"), Weekday::Monday);
    assert_eq!(first_weekday_in("ar_EG.UTF-8"), Weekday::Saturday);
    assert_eq!(first_weekday_in("C"), Weekday::Monday);
    assert_eq!(first_weekday_in("xx_YY.bad@x"), Weekday::Monday);
}
