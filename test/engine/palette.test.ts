import { contrastWithBlack, distance, type Vision } from '../../src/engine/colorVision';
import { DESCRIPTORS } from '../../src/engine/classifications';
import { PALETTE, PROBLEM_COLOR } from '../../src/engine/palette';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('palette', () => {
  it('has a colour for every group of every classification, light enough for black text', () => {
    for (const d of DESCRIPTORS)
      for (const preset of ['grid11', 'class8'] as const)
        for (const g of d.groups({ rfmPreset: preset })) expect(d.colors[g]).toBeDefined();
    for (const colour of [...Object.values(PALETTE), PROBLEM_COLOR]) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastWithBlack(colour)).toBeGreaterThanOrEqual(9.5);
    }
  });
  it.each([...DESCRIPTORS.map((d) => [d.id, 'grid11'] as const), ['rfm', 'class8'] as const])(
    'keeps the groups of %s (%s) apart under normal vision and the common deficiencies',
    (classification, preset) => {
      const groups = DESCRIPTORS.find((d) => d.id === classification)!.groups({ rfmPreset: preset });
      for (let i = 0; i < groups.length; i++)
        for (let j = i + 1; j < groups.length; j++)
          for (const vision of VISIONS) {
            const d = distance(PALETTE[groups[i]], PALETTE[groups[j]], vision);
            if (d < 15) throw new Error(`${groups[i]} and ${groups[j]} are only ΔE ${d.toFixed(1)} apart with ${vision}`);
          }
    },
  );
  it('every group shows against the white of an uncoloured row, tier C too (ΔE ≥ 6; C, a whole row colour, ≥ 15)', () => {
    for (const [group, colour] of Object.entries(PALETTE)) {
      const apart = Math.min(...VISIONS.map((v) => distance(colour, '#ffffff', v)));
      expect({ group, apart: apart >= (group === 'C' ? 15 : 6) }).toEqual({ group, apart: true });
    }
    // The colour it replaced was all but invisible.
    expect(Math.min(...VISIONS.map((v) => distance('#f6fff3', '#ffffff', v)))).toBeLessThan(6);
  });
  it('the checks can fail: two similar blues are too close for anyone', () => {
    expect(distance('#6cb5f2', '#73b2fd', 'normal')).toBeLessThan(15);
    expect(distance('#e69e77', '#6fc176', 'normal')).toBeGreaterThan(15);
    expect(distance('#e69e77', '#9fae6a', 'deuteranopia')).toBeLessThan(distance('#e69e77', '#9fae6a', 'normal'));
  });
});
