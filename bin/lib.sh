# Common settings for the harness scripts.  Sourced, not run.
# shellcheck shell=bash

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${KT_OUT:-$TOP/out}
TREE=${KT_TREE:-$OUT/linux}
BASE_TARBALL=${KT_BASE_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
JOBS=${KT_JOBS:-$(($(nproc) + 1))}

die() { echo "error: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }

# A committer for 'git am' in the kernel tree on machines without a git
# identity; patch authors come from the patches themselves.
export GIT_COMMITTER_NAME=${GIT_COMMITTER_NAME:-kexec-test} \
       GIT_COMMITTER_EMAIL=${GIT_COMMITTER_EMAIL:-kexec-test@localhost}

# 6.12.N of a tree (default: $TREE), or of a top Makefile on stdin ('-').
kernel_version() {
	local mk=${1:-$TREE}/Makefile
	[ "${1:-}" = - ] && mk=-
	awk '/^VERSION =/{v=$3} /^PATCHLEVEL =/{p=$3} /^SUBLEVEL =/{s=$3}
	     END{print v "." p "." s}' "$mk"
}

# Target triple: ARCH CROSS_COMPILE QEMU for an arch name of ours.
arch_info() {
	case $1 in
	x86_64)  echo "x86_64 - qemu-system-x86_64" ;;
	ppc64le) echo "powerpc powerpc64le-linux-gnu- qemu-system-ppc64" ;;
	ppc64)   echo "powerpc powerpc64-linux-gnu- qemu-system-ppc64" ;;
	riscv64) echo "riscv riscv64-linux-gnu- qemu-system-riscv64" ;;
	s390x)   echo "s390 s390x-linux-gnu- qemu-system-s390x" ;;
	*) die "unknown arch '$1'" ;;
	esac
}
