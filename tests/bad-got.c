// SPDX-License-Identifier: GPL-2.0
/*
 * Test-only purgatory object for bin/negative-build: code that reads a
 * variable through the GOT, with an instruction that the linker cannot turn
 * into a direct access.  The function has default visibility, so that
 * bin/negative-build can export it and keep it.  The purgatory's link must
 * refuse the GOT entry.
 */
int kt_got_var;

__attribute__((visibility("default"))) unsigned long kt_got_user(void)
{
	unsigned long v = 0;

	asm volatile("addq kt_got_var@GOTPCREL(%%rip), %0" : "+r"(v));
	return v;
}
