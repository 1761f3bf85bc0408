"""Every actor mention we listed from the seed articles resolves to the right country and
sector for the article's date, or is reported unknown with its text."""
import re

import pytest

from conftest import SEED_DATES, seed_texts
from jirga.actors.registry import get_registry
from jirga.actors.resolve import resolve_with
from jirga.actors.unknown import unknown_counts

# (seed, mention as written, country, sector); country None = must be listed as unknown.
SEED_MENTIONS = [
    ("000", "JUI leader Maulana Fazlur Rehman", "PAK", "PTY"),
    ("000", "Maulana Fazlur Rehman", "PAK", "PTY"),
    ("000", "Afghan diplomats", "AFG", "GOV"),
    ("000", "A senior Pakistani Islamist politician", "PAK", "PTY"),
    ("000", "top Taliban leaders", "AFG", "GOV"),
    ("000", "Jamiat Ulema-e Islam Pakistan (JUI)", "PAK", "PTY"),
    ("000", "the Pakistani Taliban", "PAK", "REB"),
    ("000", "the Afghan Taliban", "AFG", "GOV"),
    ("000", "Islamabad", "PAK", "GOV"),
    ("000", "Mullah Mohammad Hassan Akhund", "AFG", "GOV"),
    ("000", "the Taliban-led government's prime minister", "AFG", "GOV"),
    ("000", "officials", "AFG", "GOV"),
    ("000", "Afghan refugees", "AFG", "REF"),
    ("000", "the Taliban government", "AFG", "GOV"),
    ("000", "militants of the Tehrik-e Taliban Pakistan (TTP)", "PAK", "REB"),
    ("000", "Kabul", "AFG", "GOV"),
    ("000", "Pakistan", "PAK", "GOV"),
    ("000", "Amir Khan Muttaqi", "AFG", "GOV"),
    ("000", "the Taliban's foreign minister", "AFG", "GOV"),
    ("000", "Afghan traders", "AFG", "BUS"),
    ("000", "Rehman", "PAK", "PTY"),
    ("000", "the JUI", "PAK", "PTY"),
    ("000", "senior government officials", "PAK", "GOV"),
    ("000", "the Taliban's supreme leader, Mullah Haibatullah Akhundzada", "AFG", "GOV"),
    ("000", "the TTP", "PAK", "REB"),
    ("000", "police officers", "PAK", "COP"),
    ("000", "RFE/RL's Radio Mashaal", "USA", "JRN"),
    ("001", "Taliban leaders", "AFG", "GOV"),
    ("001", "a high-level delegation from neighboring Pakistan", "PAK", "GOV"),
    ("001", "Mohammad Sadiq", "PAK", "GOV"),
    ("001", "Pakistan’s newly appointed special envoy for Afghan affairs", "PAK", "GOV"),
    ("001", "Taliban Foreign Minister Amir Khan Muttaqi", "AFG", "GOV"),
    ("001", "Interior Minister Sirajuddin Haqqani", "AFG", "GOV"),
    ("001", "Muttaqi’s office", "AFG", "GOV"),
    ("001", "The chief Taliban diplomat", "AFG", "GOV"),
    ("001", "Pakistani envoy Sadiq", "PAK", "GOV"),
    ("001", "Asif Ali", None, None),
    ("001", "the outlawed Tehrik-i-Taliban Pakistan", "PAK", "REB"),
    ("001", "Pakistani civilians", "PAK", "CVL"),
    ("001", "security forces", "PAK", "MIL"),
    ("001", "Haqqani’s office", "AFG", "GOV"),
    ("001", "the Pakistani delegation", "PAK", "GOV"),
    ("001", "The de facto Afghan government", "AFG", "GOV"),
    ("001", "The United Nations", "UNO", "GOV"),
    ("001", "Western countries", None, None),
    ("002", "Afghanistan government spokesperson Zabihullah Mujahid", "AFG", "GOV"),
    ("002", "a Taliban delegation", "AFG", "GOV"),
    ("002", "Pakistani officials", "PAK", "GOV"),
    ("002", "Pakistan’s Defense Minister Khawaja Asif", "PAK", "GOV"),
    ("002", "Afghanistan", "AFG", "GOV"),
    ("002", "the Taliban-led government", "AFG", "GOV"),
    ("002", "the Pakistani Taliban or Tehreek-e-Taliban Pakistan (TTP)", "PAK", "REB"),
    ("002", "The Pakistani mission in Qatar", "PAK", "GOV"),
    ("002", "Pakistan’s Special Representative on Afghanistan Asif Durrani", "PAK", "GOV"),
    ("002", "Mujahid", "AFG", "GOV"),
    ("002", "Afghan nationals", "AFG", "CVL"),
    ("002", "the UN", "UNO", "GOV"),
    ("002", "Afghans", "AFG", "CVL"),
    ("002", "US-led forces", "USA", "MIL"),
    ("003", "The ministry of foreign affairs of Pakistan", "PAK", "GOV"),
    ("003", "Pakistan’s defense minister", "PAK", "GOV"),
    ("003", "Pakistan’s Inter-Services Intelligence (ISI) General Nadeem Ahmed Anjam", "PAK", "SPY"),
    ("003", "the Taliban", "AFG", "GOV"),
    ("003", "the Pakistani border guards", "PAK", "MIL"),
    ("003", "Islamabad authorities", "PAK", "GOV"),
    ("003", "ISIS-Khorasan", "AFG", "REB"),
    ("003", "Tahreek-e-Taliban Pakistan", "PAK", "REB"),
    ("003", "Pakistani Foreign Minister Bilawal Bhutto Zardari", "PAK", "GOV"),
    ("003", "Zardari", "PAK", "GOV"),
    ("003", "the interim government in Kabul", "AFG", "GOV"),
    ("003", "Taliban officials", "AFG", "GOV"),
    ("003", "the US", "USA", "GOV"),
    ("003", "Washington", "USA", "GOV"),
    ("003", "the American officials", "USA", "GOV"),
    ("003", "ISI chief", "PAK", "SPY"),
    ("003", "the Pakistani officials", "PAK", "GOV"),
    ("004", "The Taliban in Afghanistan", "AFG", "GOV"),
    ("004", "the Tahreek-e-Taliban Pakistan (TTP)", "PAK", "REB"),
    ("004", "the Pakistani government", "PAK", "GOV"),
    ("004", "The Express Tribune", "PAK", "JRN"),
    ("004", "the Jamiat Ulema-e-Islam Sami (JUI-S)", "PAK", "PTY"),
    ("004", "the late Maulana Sami-ul-Haq", "PAK", "PTY"),
    ("004", "Maulana Hamidul Haq", "PAK", "PTY"),
    ("004", "Deputy Prime Minister Mawlawi Abdul Kabir", "AFG", "GOV"),
    ("004", "a JUI-S authority", "PAK", "PTY"),
    ("004", "the Kandahari Taliban", "AFG", "GOV"),
    ("004", "the Combating Terrorism Center (CTC)", "USA", "EDU"),
    ("004", "Pakistani security forces", "PAK", "MIL"),
    ("004", "Its chief spokesman, Zabihullah Mujahid", "AFG", "GOV"),
    ("004", "Maulana Fazlur Rehman, leader of Pakistan’s\u00a0\u00a0 Jamiate Ulema Islam", "PAK", "PTY"),
    ("004", "the unseen supreme leader of the Taliban, Hibatullah Akhundzada", "AFG", "GOV"),
    ("004", "the new government of Pakistan", "PAK", "GOV"),
]


def _seed(prefix):
    texts = seed_texts()
    if not texts:
        pytest.skip("seed articles not available")
    stem = next(s for s in texts if s.startswith(prefix))
    return stem, texts[stem]


def _sentence(text, mention):
    i = text.find(mention)
    starts = [m.end() for m in re.finditer(r"[.!?\n]\s+", text[:i])]
    start = starts[-1] if starts else 0
    end = re.search(r"[.!?\n](\s|$)", text[i + len(mention):])
    return text[start:i + len(mention) + (end.start() + 1 if end else len(text))]


@pytest.mark.parametrize("seed,mention,country,sector", SEED_MENTIONS,
                         ids=[f"{s}:{m[:40]}" for s, m, _, _ in SEED_MENTIONS])
def test_seed_mention(data_res, seed, mention, country, sector):
    stem, text = _seed(seed)
    assert mention in text, "mention must be copied from the seed"
    out = resolve_with(get_registry(data_res), mention, SEED_DATES[stem], [_sentence(text, mention), text])
    if country is None:
        assert not out.resolved and out.name is None
    else:
        assert (out.country, out.sector) == (country, sector), out
        assert out.resolved


def test_seed_unknowns_are_listed_with_text(data_res):
    reg = get_registry(data_res)
    outs = []
    for seed, mention, country, _ in SEED_MENTIONS:
        stem, text = _seed(seed)
        outs.append(resolve_with(reg, mention, SEED_DATES[stem], [text]))
    listed = dict(unknown_counts(outs))
    expected = {m for _, m, c, _ in SEED_MENTIONS if c is None}
    assert expected and expected <= set(listed)
