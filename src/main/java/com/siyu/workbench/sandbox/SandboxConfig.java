package com.siyu.workbench.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How to start a sandbox. {@code corpId} / {@code secret} null ⇒ generated; {@code port} 0 ⇒ a free port;
 * {@code stateFile} null ⇒ nothing persists; {@code rateLimitPerMinute} is per /cgi-bin/ path (0 = unlimited; the
 * default is WeCom's documented 10 000). The dataset is generated relative to {@code clock}'s now.
 */
public record SandboxConfig(long seed, int members, int contacts, String corpId, String secret, Duration tokenTtl,
                            FaultPlan faults, int port, Clock clock, Path stateFile, int rateLimitPerMinute) {
    public static final int WECOM_RATE_LIMIT = 10_000;

    public SandboxConfig {
        if (members < 1 || contacts < 0) {
            throw new IllegalArgumentException("a sandbox needs at least one member and no negative contacts");
        }
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("token TTL must be positive");
        }
    }

    /** 20 members, 1 000 contacts, seed 7, no faults, a random port, the system clock in Asia/Shanghai. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(7, 20, 1000, null, null, Duration.ofSeconds(7200), FaultPlan.NONE, 0,
                Clock.system(ZoneId.of("Asia/Shanghai")), null, WECOM_RATE_LIMIT);
    }

    /** The app's first-run demo corp: ~20 members in several stores and ~3 000 customers. */
    public static SandboxConfig demo(Clock clock) {
        return defaults().withSeed(20_240_601).withContacts(3000).withClock(clock);
    }

    public SandboxConfig withSeed(long value) {
        return new SandboxConfig(value, members, contacts, corpId, secret, tokenTtl, faults, port, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withMembers(int value) {
        return new SandboxConfig(seed, value, contacts, corpId, secret, tokenTtl, faults, port, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withContacts(int value) {
        return new SandboxConfig(seed, members, value, corpId, secret, tokenTtl, faults, port, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withCorpId(String value) {
        return new SandboxConfig(seed, members, contacts, value, secret, tokenTtl, faults, port, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withSecret(String value) {
        return new SandboxConfig(seed, members, contacts, corpId, value, tokenTtl, faults, port, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withTokenTtl(Duration value) {
        return new SandboxConfig(seed, members, contacts, corpId, secret, value, faults, port, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withFaults(FaultPlan value) {
        return new SandboxConfig(seed, members, contacts, corpId, secret, tokenTtl, value, port, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withPort(int value) {
        return new SandboxConfig(seed, members, contacts, corpId, secret, tokenTtl, faults, value, clock, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withClock(Clock value) {
        return new SandboxConfig(seed, members, contacts, corpId, secret, tokenTtl, faults, port, value, stateFile,
                rateLimitPerMinute);
    }

    public SandboxConfig withStateFile(Path value) {
        return new SandboxConfig(seed, members, contacts, corpId, secret, tokenTtl, faults, port, clock, value,
                rateLimitPerMinute);
    }

    public SandboxConfig withRateLimitPerMinute(int value) {
        return new SandboxConfig(seed, members, contacts, corpId, secret, tokenTtl, faults, port, clock, stateFile,
                value);
    }
}
