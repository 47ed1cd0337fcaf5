// SPDX-License-Identifier: GPL-2.0-only
/*
 * The x86_64 purgatory's digest check in user space: linked with the
 * purgatory's own objects (sha256.o, verify.o, sha256-ni.o,
 * sha256-ni-asm.o and the purgatory's string.o, as the kernel build made
 * them), it hashes MIB MiB of pseudo-random data, cut into three regions
 * of odd sizes as the kernel cuts segments, with the generic code and,
 * where this CPU has them, the SHA extensions.
 *
 *   bench-verify --dump MIB            the data, for sha256sum
 *   bench-verify MIB REPS DIGEST PATH  PATH: generic or sha-ni
 *
 * The second form checks that purgatory_verify_sha256() accepts DIGEST,
 * the data's SHA-256 in hex, and refuses the data with one byte flipped;
 * then prints one line: "PATH MB/s..." with the rate of each of REPS
 * checks.  Exits 2 if PATH is sha-ni and the CPU lacks the extensions.
 */
#include <cpuid.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct kexec_sha_region {
	unsigned long start;
	unsigned long len;
};

/* The purgatory's, from include/linux/purgatory.h and sha256-ni.c. */
int purgatory_verify_sha256(const struct kexec_sha_region *regions,
			    unsigned int nr_regions, const uint8_t digest[32]);
extern bool purgatory_sha_ni;

static uint8_t *make_data(size_t size)
{
	uint64_t x = 0x9e3779b97f4a7c15ull;
	uint8_t *p = malloc(size);
	size_t i;

	if (!p) {
		perror("malloc");
		exit(1);
	}
	for (i = 0; i < size; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		p[i] = x >> 32;
	}
	return p;
}

static bool cpu_has_sha_ni(void)
{
	unsigned int a, b, c, d;

	return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	struct kexec_sha_region r[3];
	uint8_t digest[32], *data;
	size_t size;
	int i, reps;

	if (argc == 3 && !strcmp(argv[1], "--dump")) {
		size = strtoul(argv[2], NULL, 0) << 20;
		data = make_data(size);
		return fwrite(data, 1, size, stdout) == size ? 0 : 1;
	}
	if (argc != 5 || strlen(argv[3]) != 64) {
		fprintf(stderr, "usage: bench-verify MIB REPS DIGEST generic|sha-ni\n"
			"       bench-verify --dump MIB\n");
		return 1;
	}
	size = strtoul(argv[1], NULL, 0) << 20;
	reps = atoi(argv[2]);
	for (i = 0; i < 32; i++)
		sscanf(argv[3] + 2 * i, "%2hhx", &digest[i]);
	if (!strcmp(argv[4], "sha-ni")) {
		if (!cpu_has_sha_ni()) {
			fprintf(stderr, "this CPU has no SHA extensions\n");
			return 2;
		}
		purgatory_sha_ni = true;
	} else if (strcmp(argv[4], "generic")) {
		fprintf(stderr, "path %s: not generic or sha-ni\n", argv[4]);
		return 1;
	}

	data = make_data(size);
	r[0].start = (unsigned long)data;
	r[0].len = size / 3 + 5;
	r[1].start = r[0].start + r[0].len;
	r[1].len = size / 3 + 11;
	r[2].start = r[1].start + r[1].len;
	r[2].len = size - r[0].len - r[1].len;

	if (purgatory_verify_sha256(r, 3, digest)) {
		fprintf(stderr, "%s: the digest check refuses the data\n", argv[4]);
		return 1;
	}
	data[size / 2] ^= 1;
	if (!purgatory_verify_sha256(r, 3, digest)) {
		fprintf(stderr, "%s: the digest check accepts changed data\n", argv[4]);
		return 1;
	}
	data[size / 2] ^= 1;

	printf("%s", argv[4]);
	for (i = 0; i < reps; i++) {
		double t = now();

		if (purgatory_verify_sha256(r, 3, digest)) {
			fprintf(stderr, "%s: the digest check failed\n", argv[4]);
			return 1;
		}
		printf(" %.0f", size / (now() - t) / 1e6);
	}
	printf("\n");
	return 0;
}
