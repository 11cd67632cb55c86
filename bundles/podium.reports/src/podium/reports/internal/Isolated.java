/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a contribution's code on its own daemon thread with a time limit, so that one that throws or
 * never returns cannot take the caller down with it: the caller gets the exception or a timeout and
 * the thread is interrupted and abandoned.
 */
public final class Isolated {

    private Isolated() {
    }

    /** The result of {@code work}; its exception (Error included) as the cause of an ExecutionException. */
    public static <T> T call(String threadName, Duration limit, Callable<T> work)
            throws ExecutionException, TimeoutException, InterruptedException {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            task.cancel(true);
            throw e;
        }
    }
}
