# Common settings for the harness scripts.  Sourced, not run.
# shellcheck shell=bash

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${KT_OUT:-$TOP/out}
TREE=${KT_TREE:-$OUT/linux}
# The base: Debian's linux-source-$BASE_SERIES from its $BASE_SUITE suite
# (bin/fetch-debian), or a tarball of another base (KT_BASE_TARBALL, e.g.
# /usr/src/linux-source-6.12.tar.xz to check a stable patch on 6.12).
BASE_SUITE=trixie-backports
BASE_SERIES=7.3
BASE_TARBALL=${KT_BASE_TARBALL:-}
JOBS=${KT_JOBS:-$(($(nproc) + 1))}

die() { echo "error: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }
# The median of the numbers on stdin, one per line (the lower middle one of
# an even count).
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# A committer for 'git am' in the kernel tree on machines without a git
# identity; patch authors come from the patches themselves.
export GIT_COMMITTER_NAME=${GIT_COMMITTER_NAME:-kexec-test} \
       GIT_COMMITTER_EMAIL=${GIT_COMMITTER_EMAIL:-kexec-test@localhost}

# X.Y.Z of a tree (default: $TREE), or of a top Makefile on stdin ('-').
kernel_version() {
	local mk=${1:-$TREE}/Makefile
	[ "${1:-}" = - ] && mk=-
	awk '/^VERSION =/{v=$3} /^PATCHLEVEL =/{p=$3} /^SUBLEVEL =/{s=$3}
	     END{print v "." p "." s}' "$mk"
}

# arch_facts: configs/arches, the per-arch table, one 'ARCH<TAB>COLUMN<TAB>
# VALUE' line per fact ("-" read as nothing).  The table's only parser:
# arch_fact, arch_list and bin/run-scenario read it through this.
arch_facts() {
	awk -F'\t' '
		/^# arch\t/ { sub(/^# /, ""); n = split($0, col, "\t"); next }
		/^#/ || !NF { next }
		{ for (i = 1; i <= n; i++) printf "%s\t%s\t%s\n", $1, col[i], ($i == "-" ? "" : $i) }' \
		"$TOP/configs/arches"
}

# arch_fact ARCH FIELD: one fact of configs/arches.  Fails on an unknown
# arch or field.
arch_fact() {
	arch_facts | awk -F'\t' -v a="$1" -v k="$2" '
		$1 == a { found = 1 } $1 == a && $2 == k { print $3; hit = 1 }
		END { exit !found ? 2 : !hit ? 3 : 0 }'
	case $? in
	0) ;;
	3) die "configs/arches has no column '$2'" ;;
	*) die "unknown arch '$1' (configs/arches)" ;;
	esac
}

# parse_id ID: a build is named ARCH-TOOLCHAIN[-VARIANT] (x86_64-gcc,
# x86_64-llvm-19-lto-kcfi); sets ARCH, TC and BDIR (its output directory,
# $KT_BUILD if set).
parse_id() {
	[[ $1 =~ ^([a-z0-9_]+)-(gcc|llvm-[0-9]+)(-[a-z0-9-]+)?$ ]] ||
		die "bad build id '$1': ARCH-gcc or ARCH-llvm-N, then an optional -VARIANT"
	ARCH=${BASH_REMATCH[1]} TC=${BASH_REMATCH[2]}
	arch_fact "$ARCH" arch >/dev/null
	BDIR=$(realpath -m "${KT_BUILD:-$OUT/build/$1}")
}

# kmake_init ARCH TOOLCHAIN BDIR: KMAKE, the make arguments that build the
# tree for ARCH with TOOLCHAIN (gcc or llvm-N) into BDIR, through ccache
# when it is installed.
kmake_init() {
	local cross ccache=
	cross=$(arch_fact "$1" cross)
	command -v ccache >/dev/null && ccache="ccache "
	KMAKE=(-C "$TREE" O="$3" ARCH="$(arch_fact "$1" karch)" -j"$JOBS" -s)
	case $2 in
	gcc)
		command -v "${cross}gcc" >/dev/null || die "${cross}gcc not installed"
		KMAKE+=(CROSS_COMPILE="$cross" CC="${ccache}${cross}gcc") ;;
	llvm-*)
		command -v "clang${2#llvm}" >/dev/null || die "clang${2#llvm} not installed"
		KMAKE+=(LLVM="${2#llvm}" CC="${ccache}clang${2#llvm}") ;;
	*) die "unknown toolchain '$2'" ;;
	esac
	export CCACHE_BASEDIR=$TREE
}

# The arches of configs/arches.
arch_list() { arch_facts | awk -F'\t' '$2 == "arch" { print $1 }'; }

# The Debian arches whose kexec-tools the guests use (userspace column).
foreign_userspaces() {
	local a u
	for a in $(arch_list); do
		u=$(arch_fact "$a" userspace)
		case $u in host|'') ;; *) echo "$u" ;; esac
	done
}

# matrix_frags ID: the config fragments (paths) that tests/matrix gives the
# build ID, which every script that builds ID uses.
matrix_frags() {
	local f
	f=$(awk -v id="$1" '!/^#/ && $1 == id { print $2; found = 1 } END { exit !found }' \
		"$TOP/tests/matrix") || die "tests/matrix has no build '$1'"
	[ "$f" = - ] || for f in ${f//,/ }; do echo "$TOP/configs/$f.config"; done
}
