/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.testing.MessageFiles;

/** The platform's and the report data API's message files agree key by key. */
class MessagesTest {

    @Test
    void platformMessages() throws Exception {
        assertThat(MessageFiles.problems(podium.reports.internal.Messages.class)).isEmpty();
    }

    @Test
    void statusLabels() throws Exception {
        assertThat(MessageFiles.problems(podium.reports.api.internal.Messages.class)).isEmpty();
        assertThat(MessageFiles.chinese(podium.reports.api.internal.Messages.class, "Status_behind")).isEqualTo("低于序时进度");
    }
}
