/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kexec types the loader and its tests use, on the host: x86_64's,
 * whose purgatory the tests load; with HOST_VARIANT (synthetic images
 * only), powerpc's dynamic hint tag and s390's 8-byte hash words instead,
 * so that those paths are tested too.
 */
#ifndef KT_HOST_KEXEC_H
#define KT_HOST_KEXEC_H

#include <linux/elf.h>

#define KEXEC_PURGATORY_R_RELATIVE	R_X86_64_RELATIVE
#ifdef HOST_VARIANT
#define KEXEC_PURGATORY_DT_HINT		(DT_LOPROC + 3)
#define KEXEC_PURGATORY_HASH_WORD	u64
#else
#define KEXEC_PURGATORY_HASH_WORD	u32
#define CONFIG_X86_64			1

/* arch/x86/include/asm/kexec.h: the registers entry64_regs holds. */
struct kexec_entry64_regs {
	u64 regs[17];
};
#endif
#define KEXEC_SEGMENT_MAX		16

struct kexec_sha_region {
	unsigned long start;
	unsigned long len;
};

#define KEXEC_HP_SEGMENT_MAX		2

struct kexec_sha_segment {
	struct kexec_sha_region region;
	u8 digest[32];
};

struct purgatory_info {
	void *purgatory_buf;
	unsigned long load_addr;
};

struct kimage {
	unsigned long start;
	int file_mode;
	struct purgatory_info purgatory_info;
};

struct kexec_buf {
	void *buffer;
	unsigned long bufsz;
	unsigned long mem;
	unsigned long memsz;
	unsigned long buf_align;
};

static inline int kexec_add_buffer(struct kexec_buf *kbuf)
{
	return -ENOSYS;
}

void *kexec_purgatory_get_symbol_addr(struct kimage *image, const char *name);
int kexec_purgatory_get_set_symbol(struct kimage *image, const char *name,
				   void *buf, unsigned int size, bool get_value);


#endif
