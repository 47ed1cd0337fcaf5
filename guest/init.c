// SPDX-License-Identifier: GPL-2.0
/*
 * init for the kexec test guests: PID 1 of every kernel the harness boots.
 *
 * The scenario comes from the kernel command line:
 *   kt.scenario=kexec|kdump|corrupt|hotplug|selftest|boot
 *   kt.hotplug=add|memory    the hotplug of 'hotplug'
 *   kt.hotplug_mb=N          memory: the MiB of DIMMs the host adds
 *   kt.initrd_mb=N           the crash kernel's initrd, padded with zeros
 *                            to N MiB (the capture kernel skips them)
 *   kt.stage=1|2|capture     1 is the kernel QEMU booted
 *   kt.client=kexec|kfl      Debian's kexec -s, or kexec_file_load(2) here
 *   kt.mark=WORD             printed back, to prove which kernel is running
 *   kt.host=NAME             the host name the crashed kernel set (capture)
 *
 * Stage 1 loads /boot/kernel (with /boot/initrd as its initramfs) and either
 * executes it (kexec) or loads it as crash kernel and crashes (kdump,
 * corrupt, hotplug).  In 'corrupt' it first prints the loaded segments and
 * waits for a line on the console, so that the host can change guest
 * memory.  'hotplug' waits for the host twice: before and after a
 * hotplug that the host makes (kt.hotplug=add: a CPU, which this init
 * waits to see online; memory: DIMMs, whose memory blocks it onlines one
 * at a time, timing each: the kernel updates the crash image in that
 * write).  In 'selftest' it runs the kexec kselftest on
 * /boot/kernel.  Before a crash it sets a host name of its own making,
 * which the capture kernel must find in the crashed kernel's memory, read
 * through /proc/vmcore.  Every line meant for the host starts with "KT: ".
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <elf.h>
#include <sys/klog.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#ifndef KEXEC_FILE_UNLOAD
#define KEXEC_FILE_UNLOAD	0x1
#define KEXEC_FILE_ON_CRASH	0x2
#define KEXEC_FILE_NO_INITRAMFS	0x4
#endif
#ifndef KEXEC_FILE_DEBUG
#define KEXEC_FILE_DEBUG	0x8
#endif
#define LINUX_REBOOT_CMD_KEXEC	0x45584543

static char cmdline[4096];
/* The initramfs of the kernel this init loads. */
static const char *initrd = "/boot/initrd";

static void kt(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	n = snprintf(buf, sizeof(buf), "KT: ");
	va_start(ap, fmt);
	vsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
	va_end(ap);
	strncat(buf, "\n", sizeof(buf) - strlen(buf) - 1);
	write(1, buf, strlen(buf));
}

static void __attribute__((noreturn)) finish(const char *verdict)
{
	kt("%s", verdict);
	sync();
	reboot(RB_POWER_OFF);
	for (;;)
		pause();
}

static void __attribute__((noreturn)) fail(const char *what)
{
	char buf[512];

	snprintf(buf, sizeof(buf), "FAIL %s: %s", what, strerror(errno));
	finish(buf);
}

/* Value of kernel parameter NAME in /proc/cmdline, or DEF. */
static const char *param(const char *name, const char *def)
{
	static char val[8][256];
	static int slot;
	size_t len = strlen(name);
	const char *p = cmdline;

	while ((p = strstr(p, name))) {
		if ((p == cmdline || p[-1] == ' ') && p[len] == '=') {
			char *v = val[slot++ % 8];
			size_t n = strcspn(p + len + 1, " \n");

			if (n >= sizeof(val[0]))
				n = sizeof(val[0]) - 1;
			memcpy(v, p + len + 1, n);
			v[n] = 0;
			return v;
		}
		p += len;
	}
	return def;
}

/*
 * Command line for the next kernel: ours without the kt.* words and
 * crashkernel=, then the new stage, mark and EXTRA.
 */
static void next_cmdline(char *out, size_t size, const char *stage,
			 const char *mark, const char *extra)
{
	char copy[sizeof(cmdline)], *tok, *save;
	size_t n = 0;

	strcpy(copy, cmdline);
	out[0] = 0;
	for (tok = strtok_r(copy, " \n", &save); tok;
	     tok = strtok_r(NULL, " \n", &save)) {
		if (!strncmp(tok, "kt.stage=", 9) || !strncmp(tok, "kt.mark=", 8) ||
		    !strncmp(tok, "crashkernel=", 12))
			continue;
		n += snprintf(out + n, size - n, "%s ", tok);
	}
	snprintf(out + n, size - n, "kt.stage=%s kt.mark=%s%s%s", stage, mark,
		 *extra ? " " : "", extra);
}

static int kexec_file_load(int kfd, int ifd, const char *cmd, unsigned long flags)
{
	return syscall(SYS_kexec_file_load, kfd, ifd, strlen(cmd) + 1, cmd, flags);
}

/* The kfl client: kexec_file_load(2) of /boot/kernel and the initrd. */
static void kfl_load(const char *cmd, unsigned long flags)
{
	int kfd = open("/boot/kernel", O_RDONLY);
	int ifd = open(initrd, O_RDONLY);

	if (kfd < 0 || ifd < 0)
		fail("open /boot/kernel or the initrd");
	if (kexec_file_load(kfd, ifd, cmd, flags))
		fail("kexec_file_load");
	close(kfd);
	close(ifd);
}

/* Run ARGV[0] and wait for it: its exit status, or -1 if it did not exit. */
static int run(char *const argv[])
{
	int status;
	pid_t pid;

	pid = fork();
	if (pid == 0) {
		execv(argv[0], argv);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		fail("fork");
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The Debian client: kexec -s [-l|-p] --initrd --append. */
static void kexec_tools_load(const char *cmd, int crash)
{
	char append[sizeof(cmdline) + 16], initrd_arg[64];
	char *argv[] = { "/sbin/kexec", "-s", crash ? "-p" : "-l",
			 "/boot/kernel", initrd_arg, append, NULL };
	int status;

	snprintf(initrd_arg, sizeof(initrd_arg), "--initrd=%s", initrd);
	snprintf(append, sizeof(append), "--append=%s", cmd);
	status = run(argv);
	if (status) {
		kt("FAIL %s exited with status %d", argv[0], status);
		finish("FAIL client");
	}
}

static void load(const char *client, const char *cmd, unsigned long flags)
{
	kt("loading with %s%s: %s", client,
	   flags & KEXEC_FILE_ON_CRASH ? " (crash)" : "", cmd);
	if (!strcmp(client, "kexec"))
		kexec_tools_load(cmd, flags & KEXEC_FILE_ON_CRASH);
	else
		kfl_load(cmd, flags);
	kt("loaded");
}

static int read_sys_flag(const char *path)
{
	char c = '?';
	int fd = open(path, O_RDONLY);

	if (fd >= 0) {
		read(fd, &c, 1);
		close(fd);
	}
	return c;
}

/*
 * Echo the segment list KEXEC_FILE_DEBUG made the kernel log, and the line
 * with the entry point (start:), which lies in the purgatory segment.
 */
static void print_segments(void)
{
	static char log[1 << 20];
	char *line, *save;
	int n;

	n = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, log, sizeof(log) - 1);
	if (n < 0)
		fail("klogctl");
	log[n] = 0;
	for (line = strtok_r(log, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *s = strstr(line, "segment[");

		if (s && strstr(s, "mem="))
			kt("%s", s);
		s = strstr(line, "kexec_file_load: type:");
		if (s && strstr(s, "start:"))
			kt("%s", s);
	}
}

static void sysrq_crash(void)
{
	int fd = open("/proc/sysrq-trigger", O_WRONLY);

	kt("crashing");
	/*
	 * With two CPUs the panic can stop the one that would still send
	 * the line to the serial port: let it out first.
	 */
	tcdrain(1);
	usleep(100000);
	if (fd < 0 || write(fd, "c", 1) != 1)
		fail("sysrq-trigger");
	finish("FAIL still alive after sysrq c");
}

static void check_vmcore(void)
{
	unsigned char e[EI_NIDENT + 4];
	int fd = open("/proc/vmcore", O_RDONLY);
	Elf64_Half type, machine;

	if (fd < 0)
		fail("open /proc/vmcore");
	if (read(fd, e, sizeof(e)) != sizeof(e))
		fail("read /proc/vmcore");
	close(fd);
	if (memcmp(e, ELFMAG, SELFMAG)) {
		kt("FAIL /proc/vmcore has no ELF magic");
		finish("FAIL vmcore");
	}
	/* e_type and e_machine, in the byte order the header says. */
	if (e[EI_DATA] == ELFDATA2MSB) {
		type = e[EI_NIDENT] << 8 | e[EI_NIDENT + 1];
		machine = e[EI_NIDENT + 2] << 8 | e[EI_NIDENT + 3];
	} else {
		type = e[EI_NIDENT + 1] << 8 | e[EI_NIDENT];
		machine = e[EI_NIDENT + 3] << 8 | e[EI_NIDENT + 2];
	}
	if (type != ET_CORE) {
		kt("FAIL /proc/vmcore is ELF type %u, not ET_CORE", type);
		finish("FAIL vmcore");
	}
	kt("vmcore ELF%d ET_CORE machine=%u", e[EI_CLASS] == ELFCLASS64 ? 64 : 32,
	   machine);
}

static void __attribute__((noreturn)) vmcore_fail(const char *fmt, const char *what)
{
	kt(fmt, what);
	finish("FAIL vmcore");
}

/* The number after KEY in the VMCOREINFO text INFO, in BASE; -1 if none. */
static unsigned long vmcoreinfo_value(const char *info, const char *key, int base)
{
	const char *p = strstr(info, key);

	return p ? strtoul(p + strlen(key), NULL, base) : -1UL;
}

/*
 * The crashed kernel's memory, not just its ELF header: find init_uts_ns
 * through the VMCOREINFO note, read the host name stage 1 set from the
 * PT_LOAD segment that holds it, and compare it with kt.host.  A capture
 * kernel that overwrote the crashed kernel's image (or a dump of the wrong
 * memory) reads something else there.  The dump is in this kernel's own
 * byte order and class: the structures are read as they are.
 */
static void check_old_memory(void)
{
	const char *want = param("kt.host", "");
	char name[sizeof(((struct utsname *)0)->nodename)] = "";
	unsigned long sym = -1UL, off = -1UL, addr;
	int fd = open("/proc/vmcore", O_RDONLY);
	Elf64_Phdr *ph;
	Elf64_Ehdr eh;
	int i;

	if (!*want)
		vmcore_fail("FAIL vmcore: no kt.host on the command line%s", "");
	if (fd < 0 || pread(fd, &eh, sizeof(eh), 0) != sizeof(eh))
		fail("read /proc/vmcore");
	ph = calloc(eh.e_phnum, sizeof(*ph));
	if (!ph || eh.e_phentsize != sizeof(*ph) ||
	    pread(fd, ph, eh.e_phnum * sizeof(*ph), eh.e_phoff) !=
	    (ssize_t)(eh.e_phnum * sizeof(*ph)))
		vmcore_fail("FAIL vmcore: cannot read the program headers%s", "");

	/* The VMCOREINFO note: where init_uts_ns is, and its name field. */
	for (i = 0; i < eh.e_phnum && sym == -1UL; i++) {
		char *buf, *p, *end;

		if (ph[i].p_type != PT_NOTE)
			continue;
		buf = calloc(1, ph[i].p_filesz + 1);
		if (!buf || pread(fd, buf, ph[i].p_filesz, ph[i].p_offset) !=
		    (ssize_t)ph[i].p_filesz)
			vmcore_fail("FAIL vmcore: cannot read a PT_NOTE segment%s", "");
		for (p = buf, end = buf + ph[i].p_filesz; p + sizeof(Elf64_Nhdr) <= end;) {
			Elf64_Nhdr *n = (Elf64_Nhdr *)p;
			char *desc = p + sizeof(*n) + ((n->n_namesz + 3) & ~3);

			if (n->n_namesz == 11 && !memcmp(p + sizeof(*n), "VMCOREINFO", 11) &&
			    desc + n->n_descsz <= end) {
				desc[n->n_descsz] = 0;
				sym = vmcoreinfo_value(desc, "SYMBOL(init_uts_ns)=", 16);
				off = vmcoreinfo_value(desc, "OFFSET(uts_namespace.name)=", 10);
			}
			p = desc + ((n->n_descsz + 3) & ~3);
		}
		free(buf);
	}
	if (sym == -1UL || off == -1UL)
		vmcore_fail("FAIL vmcore: no init_uts_ns in VMCOREINFO%s", "");

	addr = sym + off + offsetof(struct utsname, nodename);
	for (i = 0; i < eh.e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD || addr < ph[i].p_vaddr ||
		    addr + sizeof(name) > ph[i].p_vaddr + ph[i].p_filesz)
			continue;
		if (pread(fd, name, sizeof(name), ph[i].p_offset + addr - ph[i].p_vaddr) !=
		    sizeof(name))
			fail("read /proc/vmcore");
		break;
	}
	close(fd);
	if (i == eh.e_phnum) {
		kt("FAIL vmcore: no PT_LOAD segment holds init_uts_ns (%#lx)", sym);
		finish("FAIL vmcore");
	}
	name[sizeof(name) - 1] = 0;
	if (strcmp(name, want)) {
		kt("FAIL vmcore: the crashed kernel's host name reads '%s', not '%s'",
		   name, want);
		finish("FAIL vmcore");
	}
	kt("vmcore old memory: host name %s at %#lx", name, addr);
}

static void wait_for_host(void)
{
	char buf[64];

	kt("waiting for host");
	if (read(0, buf, sizeof(buf)) <= 0)
		fail("read console");
	kt("host said go");
}

static void write_file(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY);

	if (fd < 0 || write(fd, val, strlen(val)) != (ssize_t)strlen(val))
		fail(path);
	close(fd);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/*
 * The memory blocks in sysfs, and how many of them are online.  A block
 * reads "online" only once every MEM_ONLINE notifier has run for it, the
 * crash hotplug update among them; MemTotal grows before that.  With
 * BRING_ONLINE, each offline block is onlined first, one write at a time,
 * and how long the write took (the notifiers run in it) is said.
 */
static int memory_blocks(int *online, int bring_online)
{
	const char *dir = "/sys/devices/system/memory";
	char path[300], state[16] = "";
	struct dirent *d;
	int n = 0, fd;
	double t;
	DIR *dp = opendir(dir);

	if (!dp)
		fail(dir);
	*online = 0;
	while ((d = readdir(dp))) {
		if (strncmp(d->d_name, "memory", 6) || !isdigit(d->d_name[6]))
			continue;
		n++;
		snprintf(path, sizeof(path), "%s/%s/state", dir, d->d_name);
		fd = open(path, O_RDONLY);
		if (fd < 0 || read(fd, state, sizeof(state)) < 6)
			state[0] = 0;
		if (fd >= 0)
			close(fd);
		if (bring_online && !strncmp(state, "offline", 7)) {
			t = now_ms();
			write_file(path, "online");
			kt("hotplug event: %s online in %.3f ms", d->d_name, now_ms() - t);
			strcpy(state, "online");
		}
		if (!strncmp(state, "online", 6))
			(*online)++;
	}
	closedir(dp);
	return n;
}

/* Read a number from a sysfs file, in BASE. */
static unsigned long read_sys_ulong(const char *path, int base)
{
	char buf[64] = "";
	int fd = open(path, O_RDONLY);

	if (fd < 0 || read(fd, buf, sizeof(buf) - 1) <= 0)
		fail(path);
	close(fd);
	return strtoul(buf, NULL, base);
}

/* A copy of the initrd, padded with zeros to MB MiB. */
static const char *padded_initrd(int mb)
{
	static const char *copy = "/tmp/initrd";
	char buf[65536];
	ssize_t n;
	int in = open(initrd, O_RDONLY);
	int out = open(copy, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (in < 0 || out < 0)
		fail("copy the initrd");
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n)
			fail("write the initrd copy");
	if (n < 0 || lseek(out, 0, SEEK_END) > ((off_t)mb << 20) ||
	    ftruncate(out, (off_t)mb << 20))
		fail("pad the initrd");
	close(in);
	close(out);
	kt("initrd: %s padded with zeros to %d MiB", initrd, mb);
	return copy;
}

/* The CPUs online: cpu0 to cpuN-1, as the kernel boots them. */
static int cpus(void)
{
	char buf[64] = "";
	const char *last;
	int fd = open("/sys/devices/system/cpu/online", O_RDONLY);

	if (fd < 0 || read(fd, buf, sizeof(buf) - 1) <= 0)
		fail("/sys/devices/system/cpu/online");
	close(fd);
	last = strrchr(buf, '-');
	return atoi(last ? last + 1 : buf) + 1;
}

/*
 * A hotplug event of the kind the kernel updates a crash image for.  The
 * host has already added the CPU or memory of 'add' and 'memory'; BEFORE
 * is the number of CPUs or memory blocks from before it did.
 */
static void hotplug(const char *how, int before)
{
	char cpu[64];
	int i, n = 0, online = 0, blocks = before;

	if (!strcmp(how, "add")) {
		/* The new CPU is the next one after those online at load. */
		snprintf(cpu, sizeof(cpu), "/sys/devices/system/cpu/cpu%d/online", before);
		kt("crash_hotplug=%c", read_sys_flag("/sys/devices/system/cpu/crash_hotplug"));
		for (i = 0; i < 300 && read_sys_flag(cpu) != '1'; i++)
			usleep(100000);
		if (read_sys_flag(cpu) == '0')
			write_file(cpu, "1");
		if (read_sys_flag(cpu) != '1') {
			kt("FAIL cpu%d did not come online (online=%c)", before,
			   read_sys_flag(cpu));
			finish("FAIL hotplug");
		}
		kt("hotplug done: cpu%d online=1", before);
	} else if (!strcmp(how, "memory")) {
		/*
		 * memhp_default_state=offline: the blocks of the DIMMs
		 * (kt.hotplug_mb) come offline, and this init onlines them.
		 */
		int want = blocks + ((unsigned long)atoi(param("kt.hotplug_mb", "0")) << 20) /
			read_sys_ulong("/sys/devices/system/memory/block_size_bytes", 16);

		kt("crash_hotplug=%c", read_sys_flag("/sys/devices/system/memory/crash_hotplug"));
		for (i = 0; i < 300; i++) {
			n = memory_blocks(&online, 0);
			if (n >= want && n > blocks)
				break;
			usleep(100000);
		}
		n = memory_blocks(&online, 1);
		if (n < want || n <= blocks || online != n) {
			kt("FAIL memory blocks: %d at load, now %d (%d wanted), %d online",
			   blocks, n, want, online);
			finish("FAIL hotplug");
		}
		kt("hotplug done: memory blocks %d -> %d, all online", blocks, n);
	} else {
		kt("FAIL unknown kt.hotplug '%s'", how);
		finish("FAIL hotplug");
	}
}

static void stage1(const char *scenario, const char *client)
{
	const char *capture = "irqpoll nr_cpus=1 reset_devices";
	char cmd[sizeof(cmdline)], host[16], extra[128];
	struct timespec ts;
	const char *how;
	int before, online;

	if (!strcmp(scenario, "kexec")) {
		next_cmdline(cmd, sizeof(cmd), "2", "SECONDKERNEL", "");
		load(client, cmd, 0);
		kt("kexec_loaded=%c", read_sys_flag("/sys/kernel/kexec_loaded"));
		kt("executing");
		sync();
		reboot(LINUX_REBOOT_CMD_KEXEC);
		fail("reboot(LINUX_REBOOT_CMD_KEXEC)");
	}

	if (!strcmp(scenario, "selftest")) {
		char *argv[] = { "/bin/kexec_file_load_test", "/boot/kernel", NULL };

		kt("selftest exit=%d", run(argv));
		return;
	}
	if (!strcmp(scenario, "boot"))
		return;
	if (strcmp(scenario, "kdump") && strcmp(scenario, "corrupt") &&
	    strcmp(scenario, "hotplug")) {
		kt("FAIL unknown scenario '%s'", scenario);
		finish("FAIL scenario");
	}
	/*
	 * A name only this boot knows, set in the kernel's own memory
	 * (init_uts_ns) for the capture kernel to find in the dump.
	 */
	clock_gettime(CLOCK_REALTIME, &ts);
	snprintf(host, sizeof(host), "kt%08lx", (unsigned long)(ts.tv_nsec ^ ts.tv_sec << 8 ^ getpid()));
	if (sethostname(host, strlen(host)))
		fail("sethostname");
	snprintf(extra, sizeof(extra), "%s kt.host=%s", capture, host);
	next_cmdline(cmd, sizeof(cmd), "capture", "CAPTUREKERNEL", extra);
	if (atoi(param("kt.initrd_mb", "0")))
		initrd = padded_initrd(atoi(param("kt.initrd_mb", "0")));
	load(client, cmd, KEXEC_FILE_ON_CRASH |
	     (strcmp(scenario, "kdump") ? KEXEC_FILE_DEBUG : 0));
	kt("kexec_crash_loaded=%c", read_sys_flag("/sys/kernel/kexec_crash_loaded"));
	how = param("kt.hotplug", "-");
	before = !strcmp(how, "memory") ? memory_blocks(&online, 0) : cpus();
	if (strcmp(scenario, "kdump")) {
		print_segments();
		wait_for_host();
	}
	if (!strcmp(scenario, "hotplug")) {
		hotplug(how, before);
		kt("after the hotplug: kexec_crash_loaded=%c",
		   read_sys_flag("/sys/kernel/kexec_crash_loaded"));
		wait_for_host();
	}
	sysrq_crash();
}

int main(void)
{
	const char *stage, *scenario;
	int fd;

	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);

	fd = open("/proc/cmdline", O_RDONLY);
	if (fd < 0 || read(fd, cmdline, sizeof(cmdline) - 1) < 0)
		fail("read /proc/cmdline");
	close(fd);
	stage = param("kt.stage", "1");
	scenario = param("kt.scenario", "none");
	kt("init up: stage=%s scenario=%s mark=%s", stage, scenario,
	   param("kt.mark", "-"));

	if (!strcmp(stage, "1"))
		stage1(scenario, param("kt.client", "kfl"));
	if (!strcmp(stage, "capture")) {
		check_vmcore();
		check_old_memory();
	}
	finish("DONE");
}
