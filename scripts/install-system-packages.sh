#!/usr/bin/env bash
# System packages the test suite's real services need (Debian/Ubuntu): a single-node Ceph with
# radosgw (the S3 object store), OpenSSH, PostgreSQL; wrk, the serving benchmark's load generator;
# Slurm + slurmdbd + MariaDB + munge (the GPU scheduler's single-node test cluster), prometheus
# (promtool); Chromium (with a CJK font) for the Prefect UI test; QEMU's user-mode emulator (the
# int8 PII tagger checked on a CPU without VNNI). Idempotent: apt is not touched when every
# package is already installed. Used by CI; needs root (or sudo) when something is missing.
set -euo pipefail

PACKAGES=(
  ceph-mon ceph-osd radosgw ceph-common
  openssh-server openssh-client
  postgresql
  wrk
  chromium fonts-noto-cjk
  slurm-wlm slurmdbd munge mariadb-server   # the GPU job scheduler's test cluster (tests/services/slurm.py)
  prometheus                                # promtool: unit tests of the GPU alert rules
  qemu-user                                 # qemu-x86_64: the int8 PII tagger on an emulated CPU without VNNI
)

missing=()
for package in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  if [[ "$status" != "installed" ]]; then
    missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-system-packages: all ${#PACKAGES[@]} packages already installed; nothing to do"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-packages: apt-get not found; install these by hand: ${missing[*]}" >&2
  exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-system-packages: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "install-system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PACKAGES[@]}"
