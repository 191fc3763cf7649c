-- Children placed more than 20 miles from home is now counted from the distance recorded on each
-- placement episode. Figures entered for it before are kept, under an id no indicator has, so they
-- can still be read but no longer stand in for the counted figure on the scorecard.
UPDATE performance_entered_value
   SET indicator_id = 'placements-over-20-miles-entered'
 WHERE indicator_id = 'placements-over-20-miles';
