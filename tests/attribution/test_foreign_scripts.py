from foretold.attribution.foreign_scripts import in_foreign_script


def test_letters_of_other_alphabets_are_foreign():
    assert in_foreign_script("पाँच kg चावल")
    assert in_foreign_script("Тюмень")
    assert in_foreign_script("این راه")


def test_latin_letters_with_marks_are_not_foreign():
    assert not in_foreign_script("Tomáš Dvořák")
    assert not in_foreign_script("Łódź")
    assert not in_foreign_script("Zoë Brontë-Straße")


def _names(attributed, text):
    return [p.name for p in attributed(text).people]


def test_words_in_another_script_name_no_one(attributed):
    text = "Asha Devi told Wikinews: जीव हत्या की आशंका बन गई है। इन मंत्रियों को माफ़ी मांग लेनी चाहिए।"
    assert _names(attributed, text) == ["Asha Devi"]


def test_a_phrase_mixing_scripts_names_no_one(attributed):
    text = (
        "Asha Devi answered in Hindi.\n\n"
        "हमारे लोग पैसा जमा करते हैं, जैसे कि Ration और Union नहीं है। Union ने कहा।"
    )
    assert _names(attributed, text) == ["Asha Devi"]


def test_an_english_word_amid_another_script_names_no_one(attributed):
    text = (
        "Asha Devi answered in Hindi.\n\n"
        "जब Lockdown हुआ, उसी समय पता चला। Lockdown के समय में ही पता चला।"
    )
    assert "Lockdown" not in _names(attributed, text)


def test_an_accented_name_stays(attributed):
    text = "Tomáš Dvořák said the club would appeal."
    assert "Tomáš Dvořák" in _names(attributed, text)
