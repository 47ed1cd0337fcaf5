/* SPDX-License-Identifier: GPL-2.0-only */
/* Declared for the CRASH_HOTPLUG cases, which are not built on the host. */
#include <linux/kernel.h>

#define SHA256_DIGEST_SIZE	32

struct sha256_ctx {
	u8 state[112];
};

static inline void sha256_init(struct sha256_ctx *c) { abort(); }
static inline void sha256_update(struct sha256_ctx *c, const void *d, size_t n) { abort(); }
static inline void sha256_final(struct sha256_ctx *c, u8 *out) { abort(); }
