// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The design document's REST examples, verbatim (conductor-agent.md, "Start Pipeline" and
// "Approve Gate"), for the tests that send them as they are written.

namespace Conductor::Test {

inline constexpr char kStartBody[] = R"({
  "ideaId": "idea_7f8e9d0a",
  "priority": "normal",
  "options": {
    "skipGates": false,
    "maxCost": 50.00,
    "timeout": 900
  }
})";

inline constexpr char kApproveBody[] = R"({
  "decision": "approve",
  "reviewer": "user_123",
  "notes": "Risk assessment acceptable for MVP scope",
  "conditions": []
})";

} // namespace Conductor::Test
