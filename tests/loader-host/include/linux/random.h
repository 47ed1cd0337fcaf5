/* SPDX-License-Identifier: GPL-2.0-only */
#include <linux/kernel.h>

static inline void get_random_bytes(void *buf, size_t len)
{
	unsigned char *b = buf;

	while (len--)
		*b++ = rand();
}
