// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the KUnit suite of kernel/kexec_purgatory_kunit.c on the host, built
 * with the loader (kernel/kexec_purgatory.c, lib/purgatory/image.c), and
 * prints KTAP.  bin/mutation-test builds it once per deleted check.
 *
 * Usage: loader-host IMAGE	IMAGE: the purgatory the kernel embeds
 *        loader-host -		only the cases on synthetic images
 *
 * Exits 0 if no case failed, 1 otherwise.
 */
#include <kunit/test.h>

extern struct kunit_suite *kt_host_suite;

/* Nothing is freed: a leak report would be noise. */
const char *__asan_default_options(void)
{
	return "detect_leaks=0";
}

char *kexec_purgatory;
size_t kexec_purgatory_size;

static void read_image(const char *path)
{
	FILE *f = fopen(path, "rb");
	long size;

	if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) <= 0 ||
	    fseek(f, 0, SEEK_SET)) {
		perror(path);
		exit(2);
	}
	/* Exactly its size, aligned as the kernel aligns it. */
	kexec_purgatory = aligned_alloc(8, (size + 7) & ~7L);
	if (!kexec_purgatory || fread(kexec_purgatory, 1, size, f) != (size_t)size) {
		perror(path);
		exit(2);
	}
	kexec_purgatory_size = size;
	fclose(f);
}

int main(int argc, char **argv)
{
	struct kunit_case *c;
	int n = 0, failed = 0;
	bool synth_only;

	if (argc != 2) {
		fprintf(stderr, "usage: %s IMAGE|-\n", argv[0]);
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	synth_only = !strcmp(argv[1], "-");
	if (!synth_only)
		read_image(argv[1]);

	for (c = kt_host_suite->test_cases; c->run_case; c++)
		n++;
	printf("KTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: %s\n    1..%d\n",
	       kt_host_suite->name, n);
	n = 0;
	for (c = kt_host_suite->test_cases; c->run_case; c++) {
		struct kunit test = { .name = c->name };

		n++;
		if (synth_only && !strncmp(c->name, "embedded_", 9)) {
			printf("    ok %d %s # SKIP no embedded image\n", n, c->name);
			continue;
		}
		if (!setjmp(test.end))
			c->run_case(&test);
		failed += test.failures > 0;
		printf("    %s %d %s%s\n", test.failures ? "not ok" : "ok", n, c->name,
		       test.skipped && !test.failures ? " # SKIP" : "");
	}
	printf("%s 1 %s\n", failed ? "not ok" : "ok", kt_host_suite->name);
	return failed ? 1 : 0;
}
