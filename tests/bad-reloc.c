// SPDX-License-Identifier: GPL-2.0
/*
 * Test-only purgatory object for bin/negative-build: code without hidden
 * visibility that takes the address of an ifunc, in a pointer that
 * bin/negative-build exports so that it is kept.  In a PIE that needs an
 * R_X86_64_IRELATIVE relocation, which kexec_file cannot apply: the
 * purgatory's build-time check must fail the build.
 */
#pragma GCC visibility pop

typedef void (*kt_fn)(void);

static void kt_impl(void)
{
}

static kt_fn kt_resolve(void)
{
	return kt_impl;
}

void kt_ifunc(void) __attribute__((ifunc("kt_resolve")));
kt_fn kt_ifunc_ptr = kt_ifunc;
