/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin;

import java.util.Objects;

import podium.compute.RankMovement;
import podium.model.time.Month;

/**
 * The jurisdiction's rank among its peers as published (a RankObservation), with its movement since the
 * month before.
 *
 * @param group    the peer group's title, e.g. 全省21个统计单位
 * @param rank     1 = first
 * @param of       the group's size, 0 when unknown
 * @param month    the data month the rank is for
 * @param movement since the previous month's published rank; null when there is none
 * @since 1.0
 */
public record PeerRank(String group, int rank, int of, Month month, RankMovement movement) {

    public PeerRank {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(month, "month");
    }
}
