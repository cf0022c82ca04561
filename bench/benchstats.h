// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the benchmarks share to summarise their samples.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace Conductor::Bench {

// The p-quantile (0 to 1) of the values, by the nearest rank; 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

} // namespace Conductor::Bench
