-- QuoteDesk seed data: the first source and every quoted statement in it.
--
-- Loaded once, into an empty database, at the first start (see SeedDataLoader); never again.
-- Conventions (README, "Seed data"):
--   * source.text is the article body as stored in shared/sources, without the file's first-line
--     "date YYYY-MM-DD" marker, which becomes published_on.
--   * start_offset/end_offset are UTF-16 code-unit offsets into source.text, end exclusive, and
--     exclude the enclosing quote marks: substring(start, end) equals quote.text. A comma printed
--     inside the closing mark (US style) belongs to the sentence and is left out.
--   * DIRECT: a statement in quote marks; PARTIAL: a quoted fragment inside reported speech;
--     INDIRECT: reported speech without quote marks (text = the reported content as printed).
--   * spoken_on + date_precision: DAY (that day), WEEK (the week starting that Monday),
--     ON_OR_BEFORE (said no later than that date: the article does not say when),
--     ON_OR_AFTER (said from that date on), BETWEEN (said on one of the days from spoken_on to
--     spoken_until, both included; spoken_until is set for BETWEEN only).
--   * Scare quotes nobody said ("false flag") are not statements.

insert into source (title, publisher, url, published_on, language, text, notes) values (
  'Putin and Biden agree “in principle” to a summit proposed by Macron',
  null, null, date '2022-02-22', 'en',
'PARIS – The French government said Russian President Vladimir Putin and US President Joe Biden had agreed “in principle” to participate in a summit proposed by French President Emmanuel Macron to discuss the crisis in Ukraine.







Biden and Putin during a meeting in Geneva 6/16/2021 REUTERS/Kevin Lamarque photo: Reuters

The summit will be followed by a meeting with “all the parties involved” in the border crisis, which will address “security and strategic stability in Europe”, added the French government, which clarified that the dialogue “cannot happen if the Russia invade Ukraine”.

According to the Elysee Palace announcement, “the substance” of the proposed summit will have to be prepared by US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov when they meet next Thursday.

Both the proposed summit and Blinken’s meeting with Lavrov are conditional on Russia not invading Ukraine.

The agreement in principle for the summit was announced after Macron’s second phone call with Putin, amid his effort to prevent Russia from invading Ukraine.

The details of the second call were announced well after 2 am in Moscow.

White House Press Secretary Jen Psaki said in a statement after the meeting’s announcement that the US “is committed to pursuing diplomacy until such time as an invasion begins”, but noted that “Russia currently appears to be continuing preparations for a full-scale attack on Ukraine very soon.”

“Secretary Blinken and Foreign Minister Lavrov are expected to meet later this week in Europe, provided Russia does not proceed with military action. President Biden accepted, in principle, a meeting with President Putin following this engagement, again, if an invasion does not take place. We are always ready for diplomacy. We are also ready to impose swift and severe consequences if Russia chooses to go to war.”

Over the past four months, Russia has been mobilizing its army at various points along the border with Ukraine, which have included deploying troops — estimated at between 150,000 and 190,000 — in northern, eastern and southern Ukraine.

Russia has ordered the military build-up while demanding that NATO pledge never to allow Ukraine into the alliance. Since Wednesday, Moscow has been announcing the return to its bases of troops that have already completed military maneuvers in the region, but Washington and allies say there is actually an increase in the number of Russian troops in the area.

Maintenance of troops on the border

This Sunday, the 20th, on the day that the joint exercise between Russia and Belarus on Ukraine’s northern borders was due to end, the Minsk government announced that Vladimir Putin’s 30,000 soldiers and military equipment will stay in the country in an “extension of training. military,” citing rising tensions in neighboring Ukraine.

Keeping so many men and weapons in Belarus, which is less than 200 km from the Ukrainian capital Kiev and neighboring cities, raises fears in the West that an invasion of Ukraine could happen in the coming days.

Initiated on February 10, the exercises, called Allied Resolution, were initially scheduled to last ten days.

“In view of the increase in military activity near the borders (…) and the worsening situation in Donbass (Eastern Ukraine), the presidents of Belarus and Russia decided to continue the inspection of the forces”, declared the Ministry of Defense. Belaruso on his Telegram account this Sunday.

The Donbass region, dominated since 2014 by Kremlin-backed separatists, saw a Sunday of mysterious explosions and exchanges of fire on the front lines with Kiev’s forces.

The Kremlin did not say how many Russian soldiers are taking part in the exercises in Belarus, but Washington estimates the number at 30,000, in what would be one of the biggest mobilizations since the end of the war. Cold Warin the 1990s. The maneuvers are viewed with suspicion because of their location: some of the exercises take place near the border with Ukraine, about 100 km from Kiev.

The announcement came on the same day that Kremlin spokesman Dmitri Peskov warned that the West’s repeated predictions of a Russian invasion of Ukraine are provocative and could have adverse consequences.

“The fact is that this directly leads to an increase in tension. And when the tension increases to the maximum, as now, for example, on the contact line (in Eastern Ukraine), then any spark, any unplanned incident or any tiny planned provocation could lead to irreparable consequences,” Peskov told Rossiya 1 state TV, saying that President Putin is aware of such statements.

“So all this can have harmful consequences. The daily exercise of announcing dates to invade Ukraine is a very harmful practice,” he warned, adding that Russia asks its Western partners to be reasonable and Russia is the last country to want to use the word “war”.

The extension of the maneuvers with Belarus comes a day after Putin oversaw military exercises in nuclear-capable strategic missiles alongside Belarusian President Alexander Lukashenko and pro-Moscow separatist leaders in eastern Ukraine called for a full military deployment amid the withdrawal of civilians to Russia, citing the alleged threat of an attack by Ukrainian forces — a charge that Kiev denies.

Last week, US President Joe Biden, claimed that US intelligence had information that Putin had made the decision to invade Ukraine, and that the Russians would use sabotage operations to provide a false justification for the invasion. It would be the classic “false flag” operation, in which the perpetrator of an aggression disguises himself as his enemy to create the impression that he has committed the act, and thus justify the retaliation.

For the West, the military buildup in the Donbass is nothing more than a poorly designed farce to provide a pretext for Russia to act — of the region’s nearly 4 million people, most of whom are ethnic Russians, about 700,000 have passports given to the country. over the years in Moscow.

On Russian TV, the headlines say that “the Kremlin denies invasion, but will protect citizens”. Kremlin-dominated Russian broadcasters also claim that the Kiev government started the beatings, and is planning a mass attack to retake the breakaway regions of Donetsk and Luhansk. According to the US and natothe Russians began exchanging fire on the 430 km line of contact between separatists and Ukrainians.

According to Kiev, there were more than 100 ceasefire violations on Sunday. Furthermore, examination of metadata from videos recorded by the separatist leadership in Donetsk and Lugansk shows that they were made before their release, including an alleged action against “Polish saboteurs” on a gas pipeline.

On Saturday, the Organization for Security and Cooperation in Europe (OSCE), whose members include Russia and the US and which monitors the conflict in eastern Ukraine, denounced nearly 2,000 ceasefire violations in the breakaway east. The OSCE implemented its mission in Ukraine in 2014, following Russia’s annexation of Crimea and the outbreak of conflict between Kiev and the separatists, which has left more than 14,000 dead since then.

The conflict began when pro-Moscow separatists took control of part of the territory in the region in 2014, the same year Moscow annexed the Crimean Peninsula after protests brought down a pro-Russian president. The Minsk Accords, reached in 2014 to try to reduce the conflict in eastern Ukraine, are not being fulfilled by either Kiev or Moscow.

Because of these provocative exchanges, British Prime Minister Boris Johnson said Saturday that this is the biggest risk of war in Europe since 1945, when the second world conflict ended. “We’re talking about war where there hasn’t been war for 70 years,” said US Vice President Kamala Harris, who was attending the annual Munich Security Conference.

risk of conflict

For analysts close to the Kremlin, there is no risk of war, and the entire deployment of troops is not intended to prepare for a war, but to force a diplomatic exit that pleases Putin. They say the maneuvers are meant to send the message that Russia’s demands on NATO for security guarantees must be taken seriously, after the alliance’s expansion towards Russian borders since the collapse of the Soviet Unionin 1991.

Since the end of the Cold War, Moscow has lost areas separating Russia from Western forces, a historic problem for Moscow. From 1999 onwards, the alliance absorbed 14 former communist countries, 3 of them former members of the Soviet Union.

“In the context of the current situation on our western borders, this will certainly be perceived as a sign of war,” Dmitri Stefanovich, a researcher at IMEMO RAS, a Russian think tank, told Reuters. “But the signal to the West is not so much ‘do not interfere’ as it is to indicate that the problem is much bigger than Ukraine,” he said.

Putin spoke this afternoon (morning in Brazil) for 1h45min with President Emmanuel Macron, in what the French government called “the last possible attempt” to resolve the crisis without gunfire. It was the fifth interaction between them in the crisis this year.

In the conversation, Putin said that the “provocations” of the Ukrainian security forces were the cause of the escalation in Donbass. But the French presidency stressed that Macron and Putin have pledged to carry out “all actions” that are useful to “avoid escalation (of tension), reduce risks and preserve peace”.

The two leaders, according to the Elysee, agree to have the Trilateral Contact Group meet in the coming hours “with the aim of obtaining a ceasefire commitment from all parties involved” in the region.

The French Foreign Minister, Jean-Yves Le Drianwill meet in the next few days with his Russian colleague, Sergei Lavrov“and there will be several consultations in Paris” on the subject.

Next, Macron called Ukraine’s President Volodmyr Zelensky, something that was not initially planned. In the call, the Ukrainian president assured that he would “not respond to provocations” from Russia on the front line with the Donbass separatists, according to the French presidency. He also asked Macron to express to Putin “Ukraine’s readiness for dialogue.”

*With international agencies',
  'The stored file gives neither headline nor outlet: the title was written by QuoteDesk''s editors from the first paragraph. Dateline Paris; written from agency reports (Reuters and others); the text reads as an English translation of a Brazilian report (''morning in Brazil'').');

insert into speaker (name, kind, role, affiliation, wikidata_id) values
  ('Élysée Palace', 'ORGANIZATION', 'Office of the President of France', 'France', null),
  ('Jen Psaki', 'PERSON', 'White House Press Secretary', 'United States', null),
  ('Government of Belarus', 'ORGANIZATION', null, 'Belarus', null),
  ('Ministry of Defence of Belarus', 'ORGANIZATION', null, 'Belarus', null),
  ('Dmitry Peskov', 'PERSON', 'Kremlin spokesman', 'Russia', null),
  ('Russian state television', 'ORGANIZATION', null, 'Russia', null),
  ('Separatist leadership in Donetsk and Luhansk', 'GROUP', 'Leaders of the self-proclaimed Donetsk and Luhansk republics', 'Donetsk and Luhansk separatists (eastern Ukraine)', null),
  ('Kamala Harris', 'PERSON', 'Vice President of the United States', 'United States', 'Q10853588'),
  ('Dmitry Stefanovich', 'PERSON', 'Researcher at IMEMO RAS, a Russian think tank', 'IMEMO RAS (Russia)', null),
  ('Vladimir Putin', 'PERSON', 'President of Russia', 'Russia', 'Q7747'),
  ('Volodymyr Zelenskyy', 'PERSON', 'President of Ukraine', 'Ukraine', 'Q3874799'),
  ('Joe Biden', 'PERSON', 'President of the United States', 'United States', 'Q6279'),
  ('Boris Johnson', 'PERSON', 'Prime Minister of the United Kingdom', 'United Kingdom', 'Q180589'),
  ('Government of Russia', 'ORGANIZATION', null, 'Russia', null),
  ('Government of the United States', 'ORGANIZATION', null, 'United States', null),
  ('United States and its allies', 'GROUP', null, 'United States, NATO', null),
  ('Government of Ukraine', 'ORGANIZATION', null, 'Ukraine', null),
  ('Organization for Security and Co-operation in Europe', 'ORGANIZATION', null, 'International organisation', null),
  ('Analysts close to the Kremlin', 'GROUP', null, 'Russia', null);

insert into speaker_alias (speaker_id, alias)
select s.id, a.alias from speaker s join (values
  ('Élysée Palace', 'Elysee'),
  ('Élysée Palace', 'Elysee Palace'),
  ('Élysée Palace', 'Élysée'),
  ('Élysée Palace', 'French presidency'),
  ('Élysée Palace', 'French government'),
  ('Jen Psaki', 'Psaki'),
  ('Jen Psaki', 'Jennifer Psaki'),
  ('Government of Belarus', 'Minsk government'),
  ('Government of Belarus', 'Minsk'),
  ('Government of Belarus', 'Belarusian government'),
  ('Ministry of Defence of Belarus', 'Ministry of Defense of Belarus'),
  ('Ministry of Defence of Belarus', 'Belarusian Ministry of Defence'),
  ('Ministry of Defence of Belarus', 'Belarus defence ministry'),
  ('Dmitry Peskov', 'Dmitri Peskov'),
  ('Dmitry Peskov', 'Peskov'),
  ('Russian state television', 'Russian TV'),
  ('Russian state television', 'Russian state TV'),
  ('Russian state television', 'Kremlin-dominated Russian broadcasters'),
  ('Separatist leadership in Donetsk and Luhansk', 'separatist leadership'),
  ('Separatist leadership in Donetsk and Luhansk', 'pro-Moscow separatist leaders'),
  ('Separatist leadership in Donetsk and Luhansk', 'Donetsk and Lugansk separatists'),
  ('Kamala Harris', 'Harris'),
  ('Dmitry Stefanovich', 'Dmitri Stefanovich'),
  ('Dmitry Stefanovich', 'Stefanovich'),
  ('Vladimir Putin', 'Putin'),
  ('Vladimir Putin', 'President Putin'),
  ('Volodymyr Zelenskyy', 'Volodymyr Zelensky'),
  ('Volodymyr Zelenskyy', 'Volodmyr Zelensky'),
  ('Volodymyr Zelenskyy', 'Zelensky'),
  ('Volodymyr Zelenskyy', 'Zelenskyy'),
  ('Joe Biden', 'Biden'),
  ('Joe Biden', 'President Biden'),
  ('Boris Johnson', 'Johnson'),
  ('Government of Russia', 'Moscow'),
  ('Government of Russia', 'Russian government'),
  ('Government of Russia', 'Russia'),
  ('Government of the United States', 'Washington'),
  ('Government of the United States', 'US government'),
  ('United States and its allies', 'Washington and allies'),
  ('United States and its allies', 'the West'),
  ('United States and its allies', 'the US and NATO'),
  ('Government of Ukraine', 'Kiev'),
  ('Government of Ukraine', 'Kyiv'),
  ('Government of Ukraine', 'Ukrainian government'),
  ('Government of Ukraine', 'Kiev government'),
  ('Organization for Security and Co-operation in Europe', 'OSCE'),
  ('Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'),
  ('Analysts close to the Kremlin', 'pro-Kremlin analysts')
) as a(speaker, alias) on s.name = a.speaker;

insert into venue (name, kind, location) values
  ('Élysée statement announcing the proposed summit', 'PRESS_STATEMENT', 'Paris'),
  ('White House statement on the proposed summit', 'PRESS_STATEMENT', 'Washington'),
  ('Belarusian Ministry of Defence Telegram account', 'SOCIAL_MEDIA_POST', null),
  ('Rossiya 1 state TV interview', 'TV_INTERVIEW', null),
  ('Russian state TV headlines', 'BROADCAST_HEADLINE', null),
  ('Russian state TV broadcasts', 'BROADCAST', null),
  ('Videos released by the Donetsk and Luhansk separatist leadership', 'VIDEO', null),
  ('Munich Security Conference', 'CONFERENCE', 'Munich'),
  ('Reuters interview', 'NEWS_AGENCY_INTERVIEW', null),
  ('Macron–Putin phone call', 'PHONE_CALL_READOUT', null),
  ('Macron–Zelenskyy phone call', 'PHONE_CALL_READOUT', null);

-- Quotes in the order they appear in the article; "¶n" is the n-th paragraph of the text.

-- ¶1 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'in principle',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Élysée statement announcing the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 107, 119,
  null, 'UNVERIFIED', 'en', true, 'Said in the night of 20 to 21 February: the announcement followed Macron''s second call with Putin, which the article places ''this afternoon'' of the Sunday it calls ''this Sunday, the 20th'', and its details came ''well after 2 am in Moscow'', that is in the night after that Sunday (still the 20th in Washington and Brazil, already the 21st in Paris and Moscow).');

-- ¶3 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'all the parties involved',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Élysée statement announcing the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 373, 397,
  null, 'UNVERIFIED', 'en', true, 'Said in the night of 20 to 21 February: the announcement followed Macron''s second call with Putin, which the article places ''this afternoon'' of the Sunday it calls ''this Sunday, the 20th'', and its details came ''well after 2 am in Moscow'', that is in the night after that Sunday (still the 20th in Washington and Brazil, already the 21st in Paris and Moscow).');

-- ¶3 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'security and strategic stability in Europe',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Élysée statement announcing the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 441, 483,
  null, 'UNVERIFIED', 'en', true, 'Said in the night of 20 to 21 February: the announcement followed Macron''s second call with Putin, which the article places ''this afternoon'' of the Sunday it calls ''this Sunday, the 20th'', and its details came ''well after 2 am in Moscow'', that is in the night after that Sunday (still the 20th in Washington and Brazil, already the 21st in Paris and Moscow).');

-- ¶3 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'cannot happen if the Russia invade Ukraine',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Élysée statement announcing the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 550, 592,
  null, 'UNVERIFIED', 'en', true, 'Said in the night of 20 to 21 February: the announcement followed Macron''s second call with Putin, which the article places ''this afternoon'' of the Sunday it calls ''this Sunday, the 20th'', and its details came ''well after 2 am in Moscow'', that is in the night after that Sunday (still the 20th in Washington and Brazil, already the 21st in Paris and Moscow).');

-- ¶4 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the substance',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Élysée statement announcing the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 642, 655,
  null, 'UNVERIFIED', 'en', true, 'Said in the night of 20 to 21 February: the announcement followed Macron''s second call with Putin, which the article places ''this afternoon'' of the Sunday it calls ''this Sunday, the 20th'', and its details came ''well after 2 am in Moscow'', that is in the night after that Sunday (still the 20th in Washington and Brazil, already the 21st in Paris and Moscow).');

-- ¶8 Jen Psaki, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'is committed to pursuing diplomacy until such time as an invasion begins',
  'PARTIAL', (select id from speaker where name = 'Jen Psaki'),
  (select id from venue where name = 'White House statement on the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 1264, 1336,
  null, 'UNVERIFIED', 'en', true, 'Issued ''after the meeting''s announcement'', made in the night of 20 to 21 February, and reported by an article written that Sunday (''this Sunday, the 20th'', ''this afternoon''), so no later than the 21st in any time zone. The article reads as an English rendering of a Brazilian (Portuguese-language) report: the wording may not be the speaker''s own.');

-- ¶8 Jen Psaki, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'Russia currently appears to be continuing preparations for a full-scale attack on Ukraine very soon.',
  'PARTIAL', (select id from speaker where name = 'Jen Psaki'),
  (select id from venue where name = 'White House statement on the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 1355, 1455,
  null, 'UNVERIFIED', 'en', true, 'Issued ''after the meeting''s announcement'', made in the night of 20 to 21 February, and reported by an article written that Sunday (''this Sunday, the 20th'', ''this afternoon''), so no later than the 21st in any time zone. The article reads as an English rendering of a Brazilian (Portuguese-language) report: the wording may not be the speaker''s own.');

-- ¶9 Jen Psaki, DIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, spoken_until, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'Secretary Blinken and Foreign Minister Lavrov are expected to meet later this week in Europe, provided Russia does not proceed with military action. President Biden accepted, in principle, a meeting with President Putin following this engagement, again, if an invasion does not take place. We are always ready for diplomacy. We are also ready to impose swift and severe consequences if Russia chooses to go to war.',
  'DIRECT', (select id from speaker where name = 'Jen Psaki'),
  (select id from venue where name = 'White House statement on the proposed summit'),
  date '2022-02-20', 'BETWEEN', date '2022-02-21', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 1459, 1873,
  null, 'UNVERIFIED', 'en', true, 'A paragraph of its own, continuing Psaki''s statement quoted in the paragraph before, and dated with it: between 20 and 21 February. The article reads as an English rendering of a Brazilian (Portuguese-language) report: the wording may not be the speaker''s own.');

-- ¶11 Government of Russia, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'NATO pledge never to allow Ukraine into the alliance',
  'INDIRECT', (select id from speaker where name = 'Government of Russia'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 2176, 2228,
  null, 'UNVERIFIED', 'en', false, 'A standing demand reported without a date.');

-- ¶11 Government of Russia, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the return to its bases of troops that have already completed military maneuvers in the region',
  'INDIRECT', (select id from speaker where name = 'Government of Russia'),
  null,
  date '2022-02-16', 'ON_OR_AFTER', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 2274, 2368,
  null, 'UNVERIFIED', 'en', false, 'Announced repeatedly ''since Wednesday'', the 16th.');

-- ¶11 United States and its allies, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'there is actually an increase in the number of Russian troops in the area',
  'INDIRECT', (select id from speaker where name = 'United States and its allies'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 2400, 2473,
  null, 'UNVERIFIED', 'en', false, null);

-- ¶13 Government of Belarus, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'extension of training. military',
  'PARTIAL', (select id from speaker where name = 'Government of Belarus'),
  null,
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 2768, 2799,
  null, 'UNVERIFIED', 'en', true, 'Printed as in the article, which garbles the phrase.');

-- ¶16 Ministry of Defence of Belarus, DIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'In view of the increase in military activity near the borders (…) and the worsening situation in Donbass (Eastern Ukraine), the presidents of Belarus and Russia decided to continue the inspection of the forces',
  'DIRECT', (select id from speaker where name = 'Ministry of Defence of Belarus'),
  (select id from venue where name = 'Belarusian Ministry of Defence Telegram account'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 3175, 3384,
  null, 'UNVERIFIED', 'en', true, 'The article prints the speaker as ''the Ministry of Defense. Belaruso''.');

-- ¶18 Government of the United States, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the number at 30,000',
  'INDIRECT', (select id from speaker where name = 'Government of the United States'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 3760, 3780,
  null, 'UNVERIFIED', 'en', false, '''Washington estimates the number at 30,000'': Russian soldiers taking part in the exercises in Belarus.');

-- ¶19 Dmitry Peskov, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the West’s repeated predictions of a Russian invasion of Ukraine are provocative and could have adverse consequences',
  'INDIRECT', (select id from speaker where name = 'Dmitry Peskov'),
  (select id from venue where name = 'Rossiya 1 state TV interview'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 4122, 4238,
  'told Rossiya 1 state TV', 'UNVERIFIED', 'en', false, '''On the same day'' as the Belarusian announcement of Sunday the 20th.');

-- ¶20 Dmitry Peskov, DIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'The fact is that this directly leads to an increase in tension. And when the tension increases to the maximum, as now, for example, on the contact line (in Eastern Ukraine), then any spark, any unplanned incident or any tiny planned provocation could lead to irreparable consequences',
  'DIRECT', (select id from speaker where name = 'Dmitry Peskov'),
  (select id from venue where name = 'Rossiya 1 state TV interview'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 4242, 4525,
  'told Rossiya 1 state TV', 'UNVERIFIED', 'en', true, '''On the same day'' as the Belarusian announcement of Sunday the 20th.');

-- ¶20 Dmitry Peskov, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'President Putin is aware of such statements',
  'INDIRECT', (select id from speaker where name = 'Dmitry Peskov'),
  (select id from venue where name = 'Rossiya 1 state TV interview'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 4572, 4615,
  'told Rossiya 1 state TV', 'UNVERIFIED', 'en', false, '''On the same day'' as the Belarusian announcement of Sunday the 20th.');

-- ¶21 Dmitry Peskov, DIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'So all this can have harmful consequences. The daily exercise of announcing dates to invade Ukraine is a very harmful practice',
  'DIRECT', (select id from speaker where name = 'Dmitry Peskov'),
  (select id from venue where name = 'Rossiya 1 state TV interview'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 4619, 4745,
  'told Rossiya 1 state TV', 'UNVERIFIED', 'en', true, 'Speaker resolved from ''he warned'', right after Peskov''s quote in the paragraph before.');

-- ¶21 Dmitry Peskov, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'Russia asks its Western partners to be reasonable and Russia is the last country to want to use the word “war”',
  'INDIRECT', (select id from speaker where name = 'Dmitry Peskov'),
  (select id from venue where name = 'Rossiya 1 state TV interview'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 4771, 4881,
  'told Rossiya 1 state TV', 'UNVERIFIED', 'en', false, 'Speaker resolved from ''he warned, adding that''. The quote marks around ''war'' mention the word; they do not quote anyone.');

-- ¶22 Separatist leadership in Donetsk and Luhansk, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'a full military deployment amid the withdrawal of civilians to Russia, citing the alleged threat of an attack by Ukrainian forces',
  'INDIRECT', (select id from speaker where name = 'Separatist leadership in Donetsk and Luhansk'),
  null,
  date '2022-02-19', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 5133, 5262,
  null, 'UNVERIFIED', 'en', false, '''A day after'' which the Belarusian extension of Sunday the 20th came.');

-- ¶22 Government of Ukraine, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'a charge that Kiev denies',
  'INDIRECT', (select id from speaker where name = 'Government of Ukraine'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 5265, 5290,
  null, 'UNVERIFIED', 'en', false, 'Kiev denies the separatists'' charge that Ukrainian forces threatened an attack.');

-- ¶23 Joe Biden, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'US intelligence had information that Putin had made the decision to invade Ukraine, and that the Russians would use sabotage operations to provide a false justification for the invasion',
  'INDIRECT', (select id from speaker where name = 'Joe Biden'),
  null,
  date '2022-02-14', 'WEEK', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 5341, 5526,
  null, 'UNVERIFIED', 'en', false, '''Last week'': the week of 14 to 20 February.');

-- ¶24 United States and its allies, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the military buildup in the Donbass is nothing more than a poorly designed farce to provide a pretext for Russia to act',
  'INDIRECT', (select id from speaker where name = 'United States and its allies'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 5754, 5873,
  null, 'UNVERIFIED', 'en', false, '''For the West''.');

-- ¶25 Russian state television, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the Kremlin denies invasion, but will protect citizens',
  'PARTIAL', (select id from speaker where name = 'Russian state television'),
  (select id from venue where name = 'Russian state TV headlines'),
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 6068, 6122,
  null, 'UNVERIFIED', 'en', true, null);

-- ¶25 Russian state television, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the Kiev government started the beatings, and is planning a mass attack to retake the breakaway regions of Donetsk and Luhansk',
  'INDIRECT', (select id from speaker where name = 'Russian state television'),
  (select id from venue where name = 'Russian state TV broadcasts'),
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 6180, 6306,
  null, 'UNVERIFIED', 'en', false, '''Kremlin-dominated Russian broadcasters also claim''.');

-- ¶25 United States and its allies, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the Russians began exchanging fire on the 430 km line of contact between separatists and Ukrainians',
  'INDIRECT', (select id from speaker where name = 'United States and its allies'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 6336, 6435,
  null, 'UNVERIFIED', 'en', false, '''According to the US and NATO''.');

-- ¶26 Government of Ukraine, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'there were more than 100 ceasefire violations on Sunday',
  'INDIRECT', (select id from speaker where name = 'Government of Ukraine'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 6457, 6512,
  null, 'UNVERIFIED', 'en', false, 'About Sunday the 20th; the article does not say when Kiev said it.');

-- ¶26 Separatist leadership in Donetsk and Luhansk, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'Polish saboteurs',
  'PARTIAL', (select id from speaker where name = 'Separatist leadership in Donetsk and Luhansk'),
  (select id from venue where name = 'Videos released by the Donetsk and Luhansk separatist leadership'),
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 6709, 6725,
  null, 'UNVERIFIED', 'en', true, 'The separatist videos claimed an action against these saboteurs; metadata shows the videos were recorded before their release.');

-- ¶27 Organization for Security and Co-operation in Europe, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'nearly 2,000 ceasefire violations in the breakaway east',
  'INDIRECT', (select id from speaker where name = 'Organization for Security and Co-operation in Europe'),
  null,
  date '2022-02-19', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 6926, 6981,
  null, 'UNVERIFIED', 'en', false, '''On Saturday''.');

-- ¶29 Boris Johnson, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'this is the biggest risk of war in Europe since 1945',
  'INDIRECT', (select id from speaker where name = 'Boris Johnson'),
  null,
  date '2022-02-19', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 7633, 7685,
  null, 'UNVERIFIED', 'en', false, '''Said Saturday''.');

-- ¶29 Kamala Harris, DIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'We’re talking about war where there hasn’t been war for 70 years',
  'DIRECT', (select id from speaker where name = 'Kamala Harris'),
  (select id from venue where name = 'Munich Security Conference'),
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 7726, 7790,
  null, 'UNVERIFIED', 'en', true, 'Said while attending the annual Munich Security Conference; the article gives no day. The article reads as an English rendering of a Brazilian (Portuguese-language) report: the wording may not be the speaker''s own.');

-- ¶31 Analysts close to the Kremlin, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'there is no risk of war, and the entire deployment of troops is not intended to prepare for a war, but to force a diplomatic exit that pleases Putin',
  'INDIRECT', (select id from speaker where name = 'Analysts close to the Kremlin'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 7942, 8090,
  null, 'UNVERIFIED', 'en', false, null);

-- ¶31 Analysts close to the Kremlin, INDIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the maneuvers are meant to send the message that Russia’s demands on NATO for security guarantees must be taken seriously, after the alliance’s expansion towards Russian borders since the collapse of the Soviet Unionin 1991',
  'INDIRECT', (select id from speaker where name = 'Analysts close to the Kremlin'),
  null,
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 8101, 8324,
  null, 'UNVERIFIED', 'en', false, '''They say'', continuing the paragraph about analysts close to the Kremlin.');

-- ¶33 Dmitry Stefanovich, DIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'In the context of the current situation on our western borders, this will certainly be perceived as a sign of war',
  'DIRECT', (select id from speaker where name = 'Dmitry Stefanovich'),
  (select id from venue where name = 'Reuters interview'),
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 8570, 8683,
  'told Reuters', 'UNVERIFIED', 'en', true, 'The article reads as an English rendering of a Brazilian (Portuguese-language) report: the wording may not be the speaker''s own.');

-- ¶33 Dmitry Stefanovich, DIRECT
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'But the signal to the West is not so much ‘do not interfere’ as it is to indicate that the problem is much bigger than Ukraine',
  'DIRECT', (select id from speaker where name = 'Dmitry Stefanovich'),
  (select id from venue where name = 'Reuters interview'),
  date '2022-02-22', 'ON_OR_BEFORE', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 8770, 8896,
  'told Reuters', 'UNVERIFIED', 'en', true, 'Speaker resolved from ''he said'', right after Stefanovich''s quote. The inner quote marks paraphrase a signal; they quote nobody. The article reads as an English rendering of a Brazilian (Portuguese-language) report: the wording may not be the speaker''s own.');

-- ¶34 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'the last possible attempt',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Macron–Putin phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 9038, 9063,
  null, 'UNVERIFIED', 'en', true, 'The call took place ''this afternoon'' in an article that calls Sunday ''this Sunday, the 20th''.');

-- ¶35 Vladimir Putin, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'provocations',
  'PARTIAL', (select id from speaker where name = 'Vladimir Putin'),
  (select id from venue where name = 'Macron–Putin phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 9214, 9226,
  null, 'UNVERIFIED', 'en', true, 'The call took place ''this afternoon'' in an article that calls Sunday ''this Sunday, the 20th''.');

-- ¶35 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'all actions',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Macron–Putin phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 9390, 9401,
  null, 'UNVERIFIED', 'en', true, 'The call took place ''this afternoon'' in an article that calls Sunday ''this Sunday, the 20th''.');

-- ¶35 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'avoid escalation (of tension), reduce risks and preserve peace',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Macron–Putin phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 9423, 9485,
  null, 'UNVERIFIED', 'en', true, 'The call took place ''this afternoon'' in an article that calls Sunday ''this Sunday, the 20th''. ''(of tension)'' is printed inside the quote marks.');

-- ¶36 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'with the aim of obtaining a ceasefire commitment from all parties involved',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Macron–Putin phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 9600, 9674,
  null, 'UNVERIFIED', 'en', true, 'The call took place ''this afternoon'' in an article that calls Sunday ''this Sunday, the 20th''.');

-- ¶37 Élysée Palace, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'and there will be several consultations in Paris',
  'PARTIAL', (select id from speaker where name = 'Élysée Palace'),
  (select id from venue where name = 'Macron–Putin phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 9812, 9860,
  null, 'UNVERIFIED', 'en', true, 'Unattributed in its sentence; the paragraph continues the French presidency''s account of the call of Sunday the 20th.');

-- ¶38 Volodymyr Zelenskyy, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'not respond to provocations',
  'PARTIAL', (select id from speaker where name = 'Volodymyr Zelenskyy'),
  (select id from venue where name = 'Macron–Zelenskyy phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 10040, 10067,
  'according to the French presidency', 'UNVERIFIED', 'en', true, 'Speaker resolved from ''the Ukrainian president''. Macron called him right after the call with Putin of Sunday the 20th.');

-- ¶38 Volodymyr Zelenskyy, PARTIAL
insert into quote (text, type, speaker_id, venue_id, spoken_on, date_precision, source_id, start_offset, end_offset,
                   reported_via, status, language, translated, notes) values (
  'Ukraine’s readiness for dialogue.',
  'PARTIAL', (select id from speaker where name = 'Volodymyr Zelenskyy'),
  (select id from venue where name = 'Macron–Zelenskyy phone call'),
  date '2022-02-20', 'DAY', (select id from source where title = 'Putin and Biden agree “in principle” to a summit proposed by Macron'), 10207, 10240,
  'according to the French presidency', 'UNVERIFIED', 'en', true, 'Speaker resolved from ''He also asked'', continuing the account of the call with Zelenskyy.');
