// The 8 classes compare against means (DOMAIN.md §6). A customer exactly at the mean is "high" / "frequent" / "near"
// whatever order the sum was taken in: the SQL export sums in the database's order, and must give the same class.
import { RFM_CLASS8 } from '../../src/engine/groups';
import { atOrAboveMean, rfm, withinMean } from '../../src/engine/classify/rfm';

describe('class8 at the mean', () => {
  it('three customers of 0.10 are all high: the float mean 0.10000000000000002 is the number 0.1', () => {
    const revenue = [0.1, 0.1, 0.1];
    expect(revenue.reduce((a, b) => a + b, 0) / 3).not.toBe(0.1);
    const result = rfm({ lastPurchase: [100, 100, 100], asOf: 110, orders: [2, 2, 2], revenue }, 'class8');
    for (let i = 0; i < 3; i++) expect(RFM_CLASS8.keys[result.segments[i]]).toBe('important_value');
  });

  it('a value just off the mean still falls on its side', () => {
    expect(atOrAboveMean(0.1, 0.10000000000000002)).toBe(true);
    expect(atOrAboveMean(99.99, 100)).toBe(false);
    expect(withinMean(10, 10.000000000000002)).toBe(true);
    expect(withinMean(11, 10)).toBe(false);
    expect(withinMean(9, 10)).toBe(true);
  });
});
