// SPDX-License-Identifier: GPL-2.0
/*
 * Test-only purgatory object for bin/negative-build: code without hidden
 * visibility that takes the address of an ifunc.  In a PIE that needs an
 * R_X86_64_IRELATIVE relocation, which kexec_file cannot apply: the
 * purgatory's build-time check must fail the build.
 */
#pragma GCC visibility pop

static void *kt_resolve(void)
{
	return 0;
}

void kt_ifunc(void) __attribute__((ifunc("kt_resolve")));
void (*kt_ifunc_ptr)(void) = kt_ifunc;
