"""Install Debian's Chromium for the browser tests when we can (never a downloaded browser).
Without root or apt, the browser tests skip locally (and fail in CI)."""

import os
import shutil
import subprocess

CHROMIUM = "/usr/bin/chromium"

if not os.path.exists(CHROMIUM) and shutil.which("apt-get") and os.geteuid() == 0:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, env=env)
print("chromium:", CHROMIUM if os.path.exists(CHROMIUM) else "not installed (browser tests skip)")
