/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Stands in for kernel/kexec_internal.h in the host build: the loader's
 * functions that its KUnit tests call, and the embedded purgatory, which
 * the runner reads from a file.
 */
#include <linux/kexec.h>
#include "../lib/purgatory/image.h"

extern char *kexec_purgatory;
extern size_t kexec_purgatory_size;

int kexec_purgatory_pie_parse(struct pie_image *p, const void *blob,
			      unsigned long size);
void kexec_purgatory_pie_place(const struct pie_image *p, void *buf,
			       unsigned long load_addr);
void *kexec_purgatory_pie_symbol_addr(struct pie_image *p,
				      unsigned long load_addr, const char *name);
int kexec_purgatory_pie_get_set_symbol(struct pie_image *p,
				       void *image_buf, const char *name,
				       void *buf, unsigned int size,
				       bool get_value);
