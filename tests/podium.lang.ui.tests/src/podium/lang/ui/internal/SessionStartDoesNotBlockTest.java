/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/**
 * While the language session starts (it indexes and validates every plan file, seconds on a large
 * workspace) the UI thread must not wait for it: an editor asks for the injector and whether a session
 * runs, and connects later. A start in progress is simulated by holding the lock {@link
 * PodiumLanguage#session()} holds while it starts.
 */
class SessionStartDoesNotBlockTest {

    @Test
    void askingForTheInjectorOrTheRunningSessionDoesNotWaitForAStartInProgress() throws Exception {
        UiWait.until("the language server started with the workbench", () -> PodiumLanguage.runningSession() != null);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread starting = new Thread(() -> {
            synchronized (PodiumLanguage.class) {
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "a session starting");
        starting.start();
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                assertThat(PodiumLanguage.injector()).isNotNull();
                assertThat(PodiumLanguage.runningSession()).isNotNull();
                assertThat(PodiumLanguage.sessionStarted()).isCompleted();
            });
        } finally {
            release.countDown();
            starting.join(10_000);
        }
    }
}
