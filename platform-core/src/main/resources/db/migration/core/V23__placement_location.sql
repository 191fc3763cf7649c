-- Where a placement is, as the SSDA903 Episodes fields PL_LA, PL_LOCATION and PL_DISTANCE have it:
-- the DfE code of the local authority the placement is in (three digits, or WAL, SCO, NIR, NUK),
-- whether that is inside or outside the placing authority's boundary (IN, OUT), and the distance in
-- miles from the child's home to the placement, to one decimal place (0.0 to 999.9). Recorded on the
-- placement episode; left empty for a short break (V3, V4), as the DfE asks.
ALTER TABLE core_placement_episode ADD COLUMN placement_la VARCHAR(3);
ALTER TABLE core_placement_episode ADD COLUMN placement_location VARCHAR(3);
ALTER TABLE core_placement_episode ADD COLUMN placement_distance DECIMAL(4, 1);
ALTER TABLE core_placement_episode ADD CONSTRAINT core_placement_episode_location_ck
    CHECK (placement_location IS NULL OR placement_location IN ('IN', 'OUT'));
ALTER TABLE core_placement_episode ADD CONSTRAINT core_placement_episode_distance_ck
    CHECK (placement_distance IS NULL OR placement_distance >= 0);
