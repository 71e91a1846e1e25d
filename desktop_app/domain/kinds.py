"""The closed vocabularies of the domain: unit kinds, attendee statuses, check-in methods."""

from __future__ import annotations

import enum


class UnitKind(enum.StrEnum):
    """What sort of body a unit is; decides its default section."""

    CENTRAL = "central"          # central guests (ministries, Cục Báo chí, …)
    LEADERSHIP = "leadership"    # provincial leadership (UBND tỉnh, Tỉnh ủy, HĐND)
    DEPARTMENT = "department"    # sở, ban, ngành of the UBND
    BRANCH = "branch"            # provincial branches of central agencies (ngành dọc)
    PARTY = "party"              # Party and mass organisations
    DISTRICT = "district"        # huyện and the city (until 30/6/2025)
    COMMUNE = "commune"          # xã, phường (from 1/7/2025)
    PRESS = "press"
    ENTERPRISE = "enterprise"
    OTHER = "other"


class AttendeeStatus(enum.StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"    # confirmed by the unit before the day
    WALK_IN = "walk_in"          # came without being on the list
    SUBSTITUTE = "substitute"    # sent by the unit in place of an invited person


class CheckInMethod(enum.StrEnum):
    SEARCH = "search"
    SCAN = "scan"
    WALK_IN = "walk_in"
    BULK = "bulk"
    MANUAL = "manual"


class AttendeeOrder(enum.StrEnum):
    PROTOCOL = "protocol"        # section, protocol rank, official unit order
    NAME = "name"                # given name first, Vietnamese collation


class Numbering(enum.StrEnum):
    """How STT runs on a sign-in sheet."""

    CONTINUOUS = "continuous"
    PER_SECTION = "per_section"
