/**
 * Sentence templates for news that has nothing to do with exchanges: plenty of numbers, and some of it
 * about Russia, Ukraine and the war. An extractor should find no claim in any of it.
 * `hard` sentences look a little like a handover ("residents returned to their homes") and are kept apart
 * so that tests can choose between plain negatives and traps.
 */

export const NEWS_TOPICS = ['economy', 'sport', 'weather', 'politics', 'tech', 'war'] as const;
export type NewsTopic = (typeof NEWS_TOPICS)[number];

export interface TopicTemplates {
  headlines: readonly string[];
  sentences: readonly string[];
  hard: readonly string[];
}

export const NEWS: Readonly<Record<NewsTopic, TopicTemplates>> = {
  economy: {
    headlines: [
      'Central bank holds rates at {dec:5-21}% as inflation lingers',
      'Grain exports climb to {dec:2-9} million tonnes',
      '{company} shares {pick:jump|slide} after results',
      'Budget gap widens to {money}',
      'Inflation eases to {dec:2-9}% in {month}',
    ],
    sentences: [
      "{country}'s central bank {pick:held|raised|cut} its key rate {pick:at|to} {dec:1-21}% on {weekday}, citing {pick:stubborn services inflation|a weaker currency|slowing credit growth|higher food prices}.",
      'Consumer prices rose {dec:0-9}% in {month} from a year earlier, the statistics office said, compared with {dec:0-9}% the month before.',
      'The {pick:rouble|hryvnia|forint|lira|zloty} {pick:slipped|firmed|was little changed} at {dec:3-110} per dollar in afternoon trading.',
      "Ukraine's grain exports reached {dec:1-9} million tonnes in {month}, up from {dec:1-9} million a year earlier, according to the agriculture ministry.",
      "Russia's budget deficit widened to {money} in the first {int:2-11} months of the year as oil and gas revenue fell {int:5-40}%.",
      'Shares in {company} {pick:jumped|fell|climbed|slid} {dec:1-19}% after the company reported quarterly revenue of {money}.',
      'Unemployment {pick:edged up|edged down|held steady} at {dec:2-12}%, with {int:1000-900000} people registered as looking for work.',
      'The government expects growth of {dec:0-4}% next year, below the {dec:1-5}% it forecast in {month}.',
      'Brent crude {pick:rose|fell} {int:1-4}% to ${dec:55-95} a barrel, while European gas traded near €{int:25-60} per megawatt hour.',
      'Retail sales grew {dec:0-9}% year on year in {month}, beating the {dec:0-5}% expected by economists polled by {company}.',
      'The finance ministry sold {money} of bonds at an average yield of {dec:3-18}%, with bids worth {dec:1-3} times the amount on offer.',
      'New sanctions on Russian oil exports could cut revenue by as much as {money} a month, analysts at {company} estimated.',
      'Mortgage approvals fell to {int:30000-90000} in {month}, the lowest since {year}.',
      'Factory output contracted for the {ordinal:2-9} consecutive month, with the purchasing managers\' index at {dec:44-55}.',
      'Pensions will rise by {dec:2-9}% from 1 {month}, adding {money} to annual spending.',
      '{minister} said the budget assumes an exchange rate of {dec:40-100} to the dollar and inflation of {dec:3-9}%.',
      'Foreign direct investment fell by {int:10-60}% to {money}, the lowest level in {int:5-20} years.',
      'The trade surplus narrowed to {money} as imports of machinery rose {pct}.',
      'Wages adjusted for inflation grew {dec:0-7}% in the {pick:first|second|third|fourth} quarter, the fastest pace since {year}.',
      'The stock index closed {dec:0-3}% {pick:higher|lower} at {int:1000-40000} points.',
    ],
    hard: [
      'Investors who bought in {year} have seen returns of {int:10-300}% on their holdings.',
      'The fund returned {dec:1-19}% to shareholders last year and handed back {money} in dividends.',
    ],
  },
  sport: {
    headlines: [
      '{team} beat {team} {score} to go top',
      'Record crowd of {int:40000-90000} sees cup final',
      'Striker signs for {money}',
      '{person} takes gold in {int:100-10000} metres',
    ],
    sentences: [
      '{team} beat {team} {score} on {weekday}, with {person} scoring twice in the last {int:10-25} minutes.',
      "A crowd of {int:12000-90000} watched the final at {city}'s national stadium.",
      'The striker has {int:5-30} goals in {int:10-38} appearances this season.',
      '{person} won the {pick:100|200|400|800|1,500|5,000|10,000} metres in a championship record, shaving {dec:0-2} seconds off the old mark.',
      'The club confirmed a fee of {money} for the {int:19-31}-year-old midfielder, who signed a {int:2-5}-year contract.',
      '{team} are {int:1-20} points clear at the top of the table with {int:2-12} games left.',
      'The marathon drew {int:10000-50000} runners; the winner finished in 2:0{int:3-9}:{int:10-59}.',
      '{team} lost {score} at home, their {ordinal:2-6} defeat in {int:7-12} matches.',
      "Ukraine's national team will play its home qualifiers in {city} because of the war, the federation said.",
      'Russian teams remain suspended from international competition under a ban first imposed in 2022.',
      'She saved {int:2-7} match points before winning {set}, {set}, {set}.',
      'Tickets for the derby start at {money}, and {int:5000-30000} season-ticket holders have priority.',
      'The grand prix was shortened to {int:40-60} laps after heavy rain, with {person} finishing {dec:1-12} seconds ahead.',
      'The coach has used {int:18-35} different players in {int:10-30} league games.',
      'Attendance across the league averaged {int:8000-45000}, up {pct} on last season.',
      '{person} has now won {int:3-25} titles and earned {money} in prize money.',
      'The relay team finished {ordinal:2-8}, {dec:0-3} seconds behind the winners.',
      'Both sides had chances in the first half, with {team} hitting the post twice.',
    ],
    hard: [
      '{person} returned from a {int:3-10}-week injury layoff and played {int:15-90} minutes.',
      'The club handed over {int:2-5} first-team places to academy players and received {money} in transfer fees.',
    ],
  },
  weather: {
    headlines: [
      'Heatwave to push temperatures to {int:33-41}C',
      'Storm leaves {int:2000-90000} homes without power',
      'Flood warnings issued for {int:3-20} districts',
      'Coldest night of the year: minus {int:10-30}C',
    ],
    sentences: [
      'Temperatures in {city} are expected to reach {int:28-41}C on {weekday}, {int:5-12} degrees above the seasonal average.',
      'Up to {int:20-150} mm of rain could fall in {int:12-48} hours, forecasters warned, raising the risk of flash floods.',
      'Winds gusting at {int:60-140} km/h brought down trees and left {int:2000-90000} homes without power.',
      'Overnight frosts of minus {int:2-25}C are forecast for the north of the country.',
      'The river peaked at {dec:3-9} metres, {int:20-120} cm below the record set in {year}.',
      'Snow depths of {int:10-80} cm were recorded in the mountains, and {int:3-40} roads remain closed.',
      'Last month was the {pick:warmest|wettest|driest} {month} since records began in {int:1850-1950}, with an average of {dec:5-25}C.',
      'Emergency services said {int:300-5000} people had been evacuated from low-lying districts of {city}.',
      'Air quality in {city} reached {int:150-400} on the index, prompting authorities to close {int:20-300} schools.',
      'Drought has cut the wheat harvest in the south by {int:10-40}%, the agriculture ministry estimates.',
      'The heatwave is expected to last at least {int:3-9} days, with night-time temperatures staying above {int:20-27}C.',
      'Visibility fell below {int:50-300} metres in fog, and {int:20-200} flights were delayed at {city} airport.',
      'Forecasters gave a {int:30-90}% chance of thunderstorms on {weekday} afternoon.',
      'Sea temperatures off the coast reached {dec:22-30}C, about {dec:1-4} degrees higher than usual.',
      'The wildfire has burned {int:500-40000} hectares and is {int:10-90}% contained.',
      'A yellow warning covers {int:4-25} regions until {weekday} evening.',
    ],
    hard: [
      'Around {int:1000-9000} residents returned to their homes on {weekday} after the flood waters receded.',
      'Rescuers brought {int:20-300} stranded hikers down from the mountain and handed them over to medics.',
    ],
  },
  politics: {
    headlines: [
      'Governing party leads poll on {int:25-45}%',
      'Parliament passes budget by {int:226-320} votes',
      '{minister} resigns',
      'EU agrees {ordinal:12-20} sanctions package',
    ],
    sentences: [
      'A poll of {int:1000-3000} voters put the governing party on {int:18-45}%, {int:1-12} points ahead of its nearest rival.',
      'Parliament approved the bill by {int:226-320} votes to {int:20-150}, with {int:5-40} abstentions.',
      'Turnout was {dec:40-80}%, the electoral commission said, with {int:60-99}% of ballots counted.',
      '{minister} resigned on {weekday} after {int:2-9} months in office.',
      'The coalition holds {int:150-420} of the {int:430-600} seats in the lower house.',
      'The European Union approved its {ordinal:12-20} package of sanctions against Russia, targeting {int:20-120} vessels of the so-called shadow fleet.',
      'The summit in {city} ended without a joint statement after {int:2-4} days of talks.',
      "Ukraine's parliament extended martial law for another {int:60-90} days.",
      'Regional elections will be held in {int:5-30} provinces on {date}.',
      "The president's approval rating fell to {int:25-55}%, according to a survey by {company}.",
      '{int:12-40} members of the opposition walked out of the chamber during the debate.',
      'The constitutional court is expected to rule on the {int:2-5} petitions by {month}.',
      'Around {int:2000-80000} people marched through central {city} on {weekday}, police said.',
      'The foreign ministry summoned the ambassador for the {ordinal:2-6} time this year.',
      'Lawmakers debated the reform for {int:6-19} hours before the vote.',
      'The party raised {money} in donations in the {pick:first|second|third|fourth} quarter.',
      'The Kremlin said it was studying the proposal but gave no timetable for a reply.',
      'Election officials in {country} said {int:2-18} parties had registered for the vote.',
    ],
    hard: [
      'The ministry returned {int:100-900} pages of the draft to the committee for corrections.',
    ],
  },
  tech: {
    headlines: [
      '{company} unveils {int:2-5}nm chip',
      'App passes {int:100-900} million users',
      'Start-up raises {money}',
      'Outage hits services in {int:3-40} countries',
    ],
    sentences: [
      '{company} said its new chip, built on a {int:2-5}-nanometre process, is {int:15-60}% faster than its predecessor.',
      'The app passed {int:10-900} million monthly users in {month}, up from {int:5-500} million a year earlier.',
      'The start-up raised {money} in a round that valued it at {money}.',
      'A data breach exposed the records of about {int:100000-9000000} customers, the regulator said.',
      '{company} plans to invest {money} in data centres over the next {int:2-6} years.',
      'The outage lasted {int:2-11} hours and affected services in {int:3-40} countries.',
      'Smartphone shipments rose {dec:1-15}% in the {pick:first|second|third|fourth} quarter to {int:200-400} million units.',
      'The satellite was launched on {weekday} and will orbit at an altitude of {int:400-1200} km.',
      'Ukrainian developers built {int:20-300} services for the state portal, which now handles {int:1-40} million requests a day.',
      'Russian regulators slowed access to the video platform, cutting its traffic by {int:20-80}%.',
      'The company is cutting {int:100-12000} jobs, about {int:2-20}% of its workforce.',
      'Battery pack prices fell to ${int:80-150} per kilowatt hour, a {int:5-25}% drop on last year.',
      'The model was trained on {int:2-30} trillion tokens using {int:1000-100000} accelerators.',
      'Version {int:2-20}.{int:0-9} fixes {int:10-200} bugs and adds support for {int:3-40} more languages.',
      'Broadband now reaches {int:60-99}% of rural households, the ministry said.',
      'The drone maker doubled output to {int:1000-50000} units a month.',
      'Security researchers found {int:3-40} flaws, {int:1-9} of them rated critical.',
    ],
    hard: [
      'Customers returned {int:1000-90000} faulty units, and the firm handed over {money} in refunds.',
    ],
  },
  war: {
    headlines: [
      'Air defences down {int:20-120} drones overnight',
      '{money} aid package approved',
      'Power cuts of up to {int:4-16} hours after strikes',
      'Ceasefire talks end without agreement',
    ],
    sentences: [
      'Air defences shot down {int:20-120} of the {int:25-140} drones launched overnight, the air force said.',
      'Shelling damaged {int:2-40} apartment buildings in {city}, the regional governor said.',
      'The aid package, worth {money}, includes {int:10-100} armoured vehicles and artillery ammunition.',
      'Fighting was heaviest near the eastern front, where the general staff reported {int:20-180} clashes in 24 hours.',
      'Independent estimates of military casualties range from tens of thousands to several hundred thousand, figures that cannot be verified.',
      'The war, now in its {ordinal:3-5} year, has displaced about {dec:3-8} million people inside Ukraine.',
      'Power cuts of up to {int:4-16} hours a day were announced after strikes on {int:3-12} energy facilities.',
      'Demining teams have cleared {int:10000-200000} hectares of farmland since {year}.',
      'The defence ministry said it had signed contracts for {int:100000-2000000} shells this year.',
      'Talks on a ceasefire ended after {int:2-6} hours without agreement, officials said.',
      'Russia said its forces had taken control of {int:2-9} villages, a claim that could not be independently verified.',
      'Grain shipments from the Black Sea ports reached {dec:2-8} million tonnes in {month} despite the war.',
      'Ukraine said it had hit an oil depot {int:300-1200} km behind the front line.',
      'The budget sets aside {money} for defence, about {int:20-40}% of all spending.',
      'Satellite images showed {int:10-60} aircraft at the air base, up from {int:5-40} a month earlier.',
      'The mobilisation age was lowered to {int:23-27}, and about {int:10000-40000} people a month are being called up.',
      'Repairs to the bridge, damaged in {month}, are expected to cost {money}.',
    ],
    hard: [
      '{int:3-40} people were killed and {int:10-120} wounded in the missile strike, emergency services said.',
      'Russia puts its own losses at under {int:5000-9000}, a figure Western officials dispute.',
      'Kyiv says it holds more than {int:1000-9000} Russian soldiers captured on the battlefield.',
    ],
  },
};

/** Sentences without numbers that fit any report. */
export const FILLER = [
  'Officials did not respond to requests for comment.',
  'The figures could not be independently verified.',
  'Analysts expect the trend to continue into next year.',
  'Further details were not immediately available.',
  'The announcement came after weeks of speculation.',
  'Critics say the plan does not go far enough.',
  'The ministry said it would publish a full report later.',
  'Local media carried the news on their front pages.',
  'Opposition politicians called for an inquiry.',
  'It is not yet clear how the decision will be enforced.',
];
