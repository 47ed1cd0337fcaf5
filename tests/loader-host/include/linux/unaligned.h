/* SPDX-License-Identifier: GPL-2.0-only */
#include <linux/kernel.h>

#define put_unaligned(val, ptr) do {					\
	__typeof__(*(ptr)) __v = (val);					\
	memcpy((ptr), &__v, sizeof(__v));				\
} while (0)
