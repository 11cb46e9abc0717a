-- Every course agent so far keeps its prescribed dose for the cycles to come.
UPDATE course_agents SET current_dose = dose;
