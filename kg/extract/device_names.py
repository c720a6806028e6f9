"""Devices a name stands for by the words around it, where no device noun heads it (:func:`hardware_name`).

:func:`kg.extract.entityhood.not_devices` drops a name a device's noun heads ("QX7 cameras", "a ZX9 GPU"). Papers
name the hardware their models run on in other ways too, mostly to report a speed ("10 FPS on an NVIDIA Jetson TX2
module", "NVIDIA TITAN Xp: 131 FPS", "a Jetson TX2 embedded system"), and a rule that finds a name by its shape
(capitals, digits) takes the product's name for a technique's. Three readings say a name is hardware:

- **a vendor's product**: a chip maker's name (a short closed class, :data:`_VENDORS`) opens the run of capitalised
  words and numbers the name ends or starts ("NVIDIA Jetson TX2", "NVIDIA RTX2080Ti", "ARM Cortex-M4"): what a chip
  maker sells under its name is hardware or the software that drives it, no technique a paper could cite;
- **an embedded system**: "embedded system", "embedded platform", "embedded board" or "embedded device" right after
  the name, closing its noun phrase ("a Jetson TX2 embedded system");
- **a processor's word**: a name of two words that opens with a processor's acronym and ends in no technique's head
  ("CPU-GPU", "GPU-time", "GPU-Dedicated"): the hardware or a quality of it, where "GPU-Net" or "GPU Kernels" name
  techniques.
"""
from __future__ import annotations

import re

from kg.extract.words import FUNCTION_WORDS, KIND_NOUNS, METHOD_HEADS, OWN_HEADS

#: Makers of processors whose name opens their products' names ("NVIDIA TITAN Xp", "Intel Xeon", "Qualcomm
#: Snapdragon 855", "AMD Ryzen 7", "ARM Cortex-M4").
_VENDORS = r"NVIDIA|Nvidia|nVidia|NVidia|Intel|Qualcomm|AMD|ARM"
#: A vendor, then up to three capitalised words or numbers of the product's name, ending right before the span; a
#: dot only inside a word, before digits ("v1.0"): one closing a sentence ends the product's name ("8 NVIDIA V100
#: GPUs. WombatNet ...").
_VENDOR_RUN = re.compile(r"(?<![\w\-])(" + _VENDORS + r")\s+(?:[A-Z0-9][\w\-+]*(?:\.\d+)*\s+){0,3}$")
#: A span that opens with the vendor itself ("NVIDIA TensorRT").
_VENDOR_OPENS = re.compile(r"(" + _VENDORS + r")\s")
#: An embedded system right after the span, and the word after it, if any (group 1).
_EMBEDDED_AFTER = re.compile(r"\s+embedded\s+(?:systems?|platforms?|boards?|devices?)\b(?!-)(?:\s+([A-Za-z][\w\-]*))?")
#: A processor's acronym.
_PROCESSOR = re.compile(r"[GCTN]PUs?")
#: The heads of a technique, singular ("net" of :data:`~kg.extract.words.OWN_HEADS`): a name of a processor's word and
#: one of these is one ("GPU-Net", "GPU Kernels").
_TECHNIQUE_HEADS = frozenset(METHOD_HEADS | KIND_NOUNS | OWN_HEADS)


def hardware_name(text: str, start: int, end: int) -> bool:
    """Whether the span names hardware by the words around it: a vendor's product, a name before "embedded
    system" that ends its phrase, or a processor's word (see the module docstring).

    >>> t = "It runs at 30 FPS on an NVIDIA Jetson QX9 module and a Wombat QX7 embedded system; NVIDIA KQ1: 9 FPS."
    >>> [hardware_name(t, t.index(w), t.index(w) + len(w)) for w in ("QX9", "QX7", "KQ1", "Wombat")]
    [True, True, True, False]
    >>> t = "PouchNet beats KoalaNet, an ARM-free model, on the QX7 embedded system benchmark; NVIDIA's EmuNet wins."
    >>> [hardware_name(t, t.index(w), t.index(w) + len(w)) for w in ("PouchNet", "QX7", "EmuNet")]
    [False, False, False]
    >>> t = "a CPU-GPU hybrid system; a GPU-Net; GPU-time; GPU Kernels"
    >>> [hardware_name(t, t.index(w), t.index(w) + len(w)) for w in ("CPU-GPU", "GPU-Net", "GPU-time", "GPU Kernels")]
    [True, False, True, False]
    """
    vendor = _VENDOR_RUN.search(text, max(0, start - 60), start) or _VENDOR_OPENS.match(text, start, end)
    if vendor is not None and not _defined(text, vendor.group(1)):
        return True
    after = _EMBEDDED_AFTER.match(text, end)
    if after is not None and (after.group(1) is None or after.group(1).lower() in FUNCTION_WORDS):
        return True
    return _processor_word(text[start:end])


def _defined(text: str, letters: str) -> bool:
    """Whether the text defines a vendor's letters as an acronym of its own ("an Attention Refinement Module
    (ARM)"): there they name the paper's thing, no chip maker.

    >>> _defined("We add an Attention Refinement Module (ARM). ARM QuokkaDet wins.", "ARM"), _defined("ARM CPUs", "ARM")
    (True, False)
    """
    return re.search(r"\(\s*" + re.escape(letters) + r"s?\s*\)", text) is not None


def _processor_word(name: str) -> bool:
    """Whether a name of two words opens with a processor's acronym and ends in no technique's head ("CPU-GPU",
    "GPU-time"; not "GPU-Net", "GPU Kernels", "GPU-Efficient Backbone Network").

    >>> [_processor_word(n) for n in ("CPU-GPU", "GPU-Dedicated", "GPU-Net", "GPU-Nets", "GPU Kernels")]
    [True, True, False, False, False]
    """
    words = re.split(r"[\s\-]+", name)
    head = words[-1].lower()
    return len(words) == 2 and _PROCESSOR.fullmatch(words[0]) is not None \
        and head not in _TECHNIQUE_HEADS and head.removesuffix("s") not in _TECHNIQUE_HEADS
