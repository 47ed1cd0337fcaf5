/* SPDX-License-Identifier: GPL-2.0-only */
/* Kernel types and helpers for the host build of the loader's tests. */
#ifndef KT_HOST_KERNEL_H
#define KT_HOST_KERNEL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint8_t u8;
typedef uint32_t u32;
typedef unsigned long long u64;
typedef int64_t s64;

#define GFP_KERNEL	0
#define PAGE_SIZE	4096UL
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define ERR_PTR(e)	((void *)(long)(e))
#define PTR_ERR(p)	((long)(p))
#define IS_ERR(p)	((unsigned long)(p) >= (unsigned long)-4095)

#ifndef pr_fmt
#define pr_fmt(fmt)	fmt
#endif
#define pr_err(fmt, ...)	fprintf(stderr, pr_fmt(fmt), ##__VA_ARGS__)

/* Only the options the tests ask about: none is set on the host. */
#define IS_ENABLED(option)	0

#define MODULE_DESCRIPTION(s)
#define MODULE_LICENSE(s)

static inline void strscpy(char *dst, const char *src, size_t size)
{
	snprintf(dst, size, "%s", src);
}

#endif
