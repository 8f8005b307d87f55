import * as esbuild from 'esbuild';
const r = await esbuild.build({entryPoints:['src/server/index.ts'],bundle:true,write:false,format:'iife',globalName:'Lib_',platform:'neutral',mainFields:['module','main'],target:'es2019',minify:true,charset:'utf8',metafile:true});
const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
for (const [k,v] of Object.entries(ins).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,12)) console.log((v.bytesInOutput/1000).toFixed(1).padStart(7), k);
