// SPDX-License-Identifier: GPL-2.0
/*
 * Test-only purgatory object for bin/negative-build: a variable in the bss,
 * with default visibility so that it can be exported.  A value the kernel
 * wrote there when loading the purgatory would be lost when the segment's
 * bss is zeroed: the build must refuse the export with a size.
 */
__attribute__((visibility("default"))) unsigned long kt_bss_var;
