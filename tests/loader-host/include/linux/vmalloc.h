/* SPDX-License-Identifier: GPL-2.0-only */
#include <linux/kernel.h>

#define vzalloc(size)	calloc(1, (size))
#define vfree(p)	free(p)
