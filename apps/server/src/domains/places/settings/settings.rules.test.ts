import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SETTING_KEYS, SETTINGS, applySettings, settingsOf, settingsPatchErrors, storedAt } from '@hy/contracts';
import { changedValues, settingEntries } from './settings.rules.ts';

test('registry: every default passes its own validation; keys are unique paths', () => {
  for (const k of SETTING_KEYS) assert.deepEqual(settingsPatchErrors({ set: { [k]: SETTINGS[k].default }, reset: [] }), [], k);
  for (const a of SETTING_KEYS) for (const b of SETTING_KEYS) assert.ok(a === b || !b.startsWith(`${a}.`), `${a} is a prefix of ${b}`);
});

test('validation: field paths name the setting and the part that is wrong', () => {
  const rows: [string, unknown, string[]][] = [
    ['caseSla.complaint.general.respond', { value: 15, unit: 'minutes' }, []],
    ['caseSla.complaint.general.respond', { value: 15, unit: 'weeks' }, ['set.caseSla.complaint.general.respond.unit']],
    ['caseSla.complaint.general.respond', { value: -1, unit: 'minutes' }, ['set.caseSla.complaint.general.respond.value']],
    ['caseSla.complaint.general.respond', { value: 1.5, unit: 'hours' }, ['set.caseSla.complaint.general.respond.value']],
    ['caseSla.complaint.general.respond', { value: 1, unit: 'hours', extra: 1 }, ['set.caseSla.complaint.general.respond']],
    ['leadTimes.A', { value: 1, unit: 'end_of_working_day' }, ['set.leadTimes.A.unit']],
    ['bureauReportTime', '17:05', []],
    ['bureauReportTime', '25:00', ['set.bureauReportTime']],
    ['measures.complaintRateTargetPercent', 4.5, []],
    ['measures.complaintRateTargetPercent', 4.55, ['set.measures.complaintRateTargetPercent']],
    ['measures.complaintRateTargetPercent', 0, ['set.measures.complaintRateTargetPercent']],
    ['caseRetention.repairYears', 0, ['set.caseRetention.repairYears']],
    ['caseRetention.repairYears', null, ['set.caseRetention.repairYears']],
    ['caseRetention.complaintYears', null, []],
    ['caseRetention.complaintYears', 10, []],
    ['meetings.checks.level1Minutes', '120', ['set.meetings.checks.level1Minutes']],
    ['caseSla.extensionApprovers.general', ['cs_supervisor'], []],
    ['caseSla.extensionApprovers.general', [], ['set.caseSla.extensionApprovers.general']],
    ['caseSla.extensionApprovers.general', ['tenant'], ['set.caseSla.extensionApprovers.general.0']],
    ['caseSla.extensionApprovers.general', ['general_manager', 'general_manager'], ['set.caseSla.extensionApprovers.general']],
    ['no.such.setting', 1, ['set.no.such.setting']],
  ];
  for (const [key, value, paths] of rows)
    assert.deepEqual(
      settingsPatchErrors({ set: { [key]: value }, reset: [] }).map((e) => e.path),
      paths,
      `${key} = ${JSON.stringify(value)}`,
    );
  assert.deepEqual(
    settingsPatchErrors({ set: { bureauReportTime: '17:00' }, reset: ['bureauReportTime'] }).map((e) => e.code),
    ['conflict'],
  );
});

test('merge: valid overrides over the defaults; invalid stored values fall back; existing documents keep their meaning', () => {
  const doc = {
    leadTimes: { B: { value: 6, unit: 'hours' }, C: { value: 'x', unit: 'working_days' } },
    caseSla: { repair: { urgent: { resolve: { value: 2, unit: 'hours' } } } },
    caseRetention: { repairYears: 3, complaintYears: null },
    bureauReportTime: '17:05',
    meetings: { conferenceBuildings: ['HYDS'] },
  };
  const s = settingsOf(doc);
  assert.deepEqual(s['leadTimes.B'], { value: 6, unit: 'hours' });
  assert.deepEqual(s['leadTimes.C'], { value: 1, unit: 'working_days' }, 'an invalid override falls back');
  assert.deepEqual(s['leadTimes.A'], { value: 1, unit: 'hours' });
  assert.deepEqual(s['caseSla.repair.urgent.resolve'], { value: 2, unit: 'hours' });
  assert.deepEqual(s['caseSla.repair.urgent.respond'], { value: 30, unit: 'minutes' });
  assert.equal(s['caseRetention.repairYears'], 3);
  assert.equal(s['caseRetention.complaintYears'], null);
  assert.equal(s.bureauReportTime, '17:05');
  assert.equal(s['measures.complaintRateTargetPercent'], 5);
  for (const empty of [null, undefined, {}, 'x', []]) assert.deepEqual(settingsOf(empty), settingsOf({}), JSON.stringify(empty));
});

test('apply: set writes at the path, reset removes it and prunes empty branches, other keys are kept', () => {
  const doc = { leadTimes: { B: { value: 6, unit: 'hours' } }, meetings: { conferenceBuildings: ['HYDS'] } };
  const a = applySettings(doc, { set: { 'meetings.checks.level1Minutes': 90 }, reset: ['leadTimes.B'] });
  assert.deepEqual(a, { meetings: { conferenceBuildings: ['HYDS'], checks: { level1Minutes: 90 } } });
  assert.deepEqual(doc.leadTimes.B, { value: 6, unit: 'hours' }, 'the input is not changed');
  assert.equal(storedAt(a, 'meetings.checks.level1Minutes'), 90);
  assert.deepEqual(applySettings(a, { reset: ['meetings.checks.level1Minutes', 'bureauReportTime'] }), {
    meetings: { conferenceBuildings: ['HYDS'] },
  });
});

test('entries and changes: overridden flags, defaults, and the audit of what moved', () => {
  const doc = { bureauReportTime: '17:05' };
  const e = settingEntries(doc);
  assert.equal(e.length, SETTING_KEYS.length);
  const t = e.find((x) => x.key === 'bureauReportTime')!;
  assert.deepEqual([t.value, t.default, t.overridden, t.group], ['17:05', '16:30', true, 'reports']);
  const sla = e.find((x) => x.key === 'caseSla.complaint.general.respond')!;
  assert.deepEqual([sla.overridden, sla.kind, sla.units?.includes('working_days')], [false, 'duration', true]);
  assert.deepEqual(
    changedValues(doc, applySettings(doc, { reset: ['bureauReportTime'], set: { 'leadTimes.A': { value: 2, unit: 'hours' } } })),
    {
      before: { 'leadTimes.A': { default: { value: 1, unit: 'hours' } }, bureauReportTime: '17:05' },
      after: { 'leadTimes.A': { value: 2, unit: 'hours' }, bureauReportTime: { default: '16:30' } },
    },
  );
  assert.deepEqual(changedValues(doc, doc), { before: {}, after: {} });
});
