/* SPDX-License-Identifier: GPL-2.0-only */
/* The host's <elf.h>, and the architecture the tests pretend to be. */
#include <elf.h>
#include <linux/kernel.h>

#define ELF_ARCH	EM_X86_64
#define ELF_DATA	ELFDATA2LSB
