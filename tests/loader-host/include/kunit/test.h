/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The part of KUnit that kernel/kexec_purgatory_kunit.c uses, for a host
 * build of that file with the loader (bin/mutation-test).  A failed
 * expectation is printed and counted; a failed assertion or a skip ends
 * the case.
 */
#ifndef KT_HOST_KUNIT_TEST_H
#define KT_HOST_KUNIT_TEST_H

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>

struct kunit {
	const char *name;
	int failures;
	int skipped;
	jmp_buf end;
};

struct kunit_case {
	void (*run_case)(struct kunit *test);
	const char *name;
};

struct kunit_suite {
	const char *name;
	struct kunit_case *test_cases;
};

#define KUNIT_CASE(f)	{ .run_case = f, .name = #f }
#define kunit_test_suite(s)	struct kunit_suite *kt_host_suite = &(s)

/* Memory is never freed: a case is short, the program too. */
static inline void *kunit_kmalloc(struct kunit *test, size_t size, int gfp)
{
	return malloc(size);
}

static inline void *kunit_kzalloc(struct kunit *test, size_t size, int gfp)
{
	return calloc(1, size);
}

#define kunit_info(test, fmt, ...)	printf("    # %s: " fmt, (test)->name, ##__VA_ARGS__)
#define kunit_skip(test, fmt, ...) do {					\
	printf("    # %s: SKIP " fmt "\n", (test)->name, ##__VA_ARGS__);	\
	(test)->skipped = 1;						\
	longjmp((test)->end, 1);					\
} while (0)

/* Say where and what failed, then the case's own message, if any. */
#define KT_FAIL(test, end_case, what, ...) do {				\
	printf("    # %s: %s:%d: %s ", (test)->name, __FILE__, __LINE__,	\
	       what);							\
	printf("" __VA_ARGS__);						\
	printf("\n");							\
	(test)->failures++;						\
	if (end_case)							\
		longjmp((test)->end, 1);				\
} while (0)

#define KT_CHECK(test, end_case, ok, what, ...) do {			\
	if (!(ok))							\
		KT_FAIL(test, end_case, what, __VA_ARGS__);		\
} while (0)

#define KT_CMP(test, end_case, a, op, b, ...) do {			\
	long long __a = (long long)(a), __b = (long long)(b);		\
	if (!(__a op __b)) {						\
		printf("    # %s: %lld " #op " %lld is false:", (test)->name, \
		       __a, __b);					\
		KT_FAIL(test, end_case, #a " " #op " " #b, __VA_ARGS__); \
	}								\
} while (0)

#define KUNIT_EXPECT_EQ(t, a, b)		KT_CMP(t, 0, a, ==, b)
#define KUNIT_EXPECT_EQ_MSG(t, a, b, ...)	KT_CMP(t, 0, a, ==, b, __VA_ARGS__)
#define KUNIT_EXPECT_NE(t, a, b)		KT_CMP(t, 0, a, !=, b)
#define KUNIT_EXPECT_GE_MSG(t, a, b, ...)	KT_CMP(t, 0, a, >=, b, __VA_ARGS__)
#define KUNIT_EXPECT_LE_MSG(t, a, b, ...)	KT_CMP(t, 0, a, <=, b, __VA_ARGS__)
#define KUNIT_EXPECT_LT(t, a, b)		KT_CMP(t, 0, a, <, b)
#define KUNIT_ASSERT_EQ(t, a, b)		KT_CMP(t, 1, a, ==, b)
#define KUNIT_ASSERT_LE(t, a, b)		KT_CMP(t, 1, a, <=, b)
#define KUNIT_ASSERT_LT(t, a, b)		KT_CMP(t, 1, a, <, b)
#define KUNIT_ASSERT_EQ_MSG(t, a, b, ...)	KT_CMP(t, 1, a, ==, b, __VA_ARGS__)
#define KUNIT_EXPECT_TRUE(t, c)			KT_CHECK(t, 0, (c), #c)
#define KUNIT_EXPECT_TRUE_MSG(t, c, ...)	KT_CHECK(t, 0, (c), #c, __VA_ARGS__)
#define KUNIT_EXPECT_FALSE(t, c)		KT_CHECK(t, 0, !(c), "!" #c)
#define KUNIT_EXPECT_FALSE_MSG(t, c, ...)	KT_CHECK(t, 0, !(c), "!" #c, __VA_ARGS__)
#define KUNIT_ASSERT_TRUE(t, c)			KT_CHECK(t, 1, (c), #c)
#define KUNIT_ASSERT_FALSE(t, c)		KT_CHECK(t, 1, !(c), "!" #c)
#define KUNIT_ASSERT_FALSE_MSG(t, c, ...)	KT_CHECK(t, 1, !(c), "!" #c, __VA_ARGS__)
#define KUNIT_ASSERT_NOT_NULL(t, p)		KT_CHECK(t, 1, (p) != NULL, #p " != NULL")
#define KUNIT_EXPECT_PTR_EQ(t, a, b)		KT_CHECK(t, 0, (void *)(a) == (void *)(b), #a " == " #b)
#define KUNIT_EXPECT_STREQ(t, a, b)		KT_CHECK(t, 0, !strcmp((a), (b)), #a " == " #b)
#define KUNIT_EXPECT_MEMEQ(t, a, b, n)		KT_CHECK(t, 0, !memcmp((a), (b), (n)), #a " == " #b)

#endif
