"""Generate Runde's chimes (soft bell tones) as small WAV files in resources/sounds/.

Run once; the files are committed. Pure standard library, so the sounds are reproducible.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def bell(freqs: list[float], seconds: float, volume: float = 0.5) -> bytes:
    """A bell-like tone: a few partials with an exponential decay."""
    frames = bytearray()
    n = int(RATE * seconds)
    for i in range(n):
        t = i / RATE
        env = math.exp(-3.2 * t) * min(1.0, t * 200)
        s = sum(math.sin(2 * math.pi * f * t) * (0.6 ** k) for k, f in enumerate(freqs))
        frames += struct.pack("<h", int(max(-1.0, min(1.0, s * env * volume / 1.6)) * 32767))
    return bytes(frames)


def write(name: str, data: bytes) -> None:
    """Write mono 16-bit WAV."""
    with wave.open(str(OUT / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("chime-soft.wav", bell([660.0, 1320.0, 1980.0], 1.4))
    write("chime-two-tone.wav", bell([784.0, 1568.0], 0.6) + bell([523.0, 1046.0], 1.2))
    print("wrote", sorted(p.name for p in OUT.glob("*.wav")))
