"""Goods called back by their maker are no memory reported."""


def test_devices_recalled_are_no_memory(cue_words):
    text = "Rather than recall the devices, the firm will offer a free case to every buyer."
    assert "recall" not in cue_words(text)


def test_a_memory_recalled_stays(cue_words):
    assert "recalled" in cue_words("She recalled the flood of 1953 vividly.")
