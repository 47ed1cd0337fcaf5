/* SPDX-License-Identifier: GPL-2.0-only */
#define VISIBLE_IF_KUNIT
