# Writer b, batch 01: elections and residents' participation. CC0 1.0. All values invented.
DOCS = [
{"id": "s11-b01-001", "kind": "complaint_letter", "text": """영통구 선거관리위원회 담당자님께

안녕하세요. 저는 [[KR_ADDRESS:수원시 영통구 매영로 310번길 27, 108동 702호]]에 사는 [[PERSON:정미숙]]입니다.
{{date:3월 28일}} 선거인명부 열람 기간에 주민센터에 가서 확인해 보니 같이 사는 저희 어머니 [[PERSON:한옥순]]([[BIRTH_DATE:1941. 2. 17.]]생) 이름이 명부에 없었습니다.
어머니는 작년 {{date:11월 2일}}에 성남에서 전입하셨고 전입신고도 제가 직접 했습니다.
연세가 많으셔서 사전투표 하러 가시려고 준비 중인데 너무 황당합니다. 확인 부탁드리고 연락은 제 휴대폰 [[PHONE_NUMBER:010-4827-3316]]로 주세요.

{{date:2026. 3. 29.}}  [[PERSON:정미숙]] 올림"""},

{"id": "s11-b01-002", "kind": "scanned_form", "text": """[별지 제3호서식]  선 거 인 명 부 열 람 · 이 의 신 청 서
접수번호 {{receipt_number:2026-0417}}    접수일 {{date:2O26.O3.27}}
신청인  성 명 [[PERSON:류 승 환]]   주민등록번호 [[KR_RRN:7806l4-1******]]
        주 소 [[KR_ADDRESS:경기도 수원시 권선구 세류동 8l2-5 2층]]
        전화 [[PHONE_NUMBER:O1O-9O21-4475]]
이의대상자 성명 [[PERSON:류 정 호]]  생년월일 [[BIRTH_DATE:2OO7.O5.11]]  관계 자
신청이유 : 아들이 만18세로 이번에 처음 선거권이 생겼는데 명부에서 확인이 안됨
                                     신청인 [[PERSON:류승환]] (서명 또는 인)
※ OCR 판독 신뢰도 낮음 - 원본 대조 요망"""},

{"id": "s11-b01-003", "kind": "phone_memo", "text": """[전화메모] {{time:14:20}} 매탄2동 행정복지센터
발신: [[PERSON:오세영]] 님 (본인, [[BIRTH_DATE:53년 6월]]생이라고 하심) ☎ [[PHONE_NUMBER:031-216-7708]] 자택
문의: 사전투표소 위치 & 거동 불편자 거소투표 가능한지
→ 거소투표 신고기간 지났음 안내. 사전투표소는 {{place_name:매탄2동 행정복지센터 3층 대회의실}}
→ 아드님([[PERSON:박준기]]) 차로 모시고 오신다고 함. 엘리베이터 있음 안내함
처리: [[PERSON:김혜린]] 주무관"""},

{"id": "s11-b01-004", "kind": "sms", "text": """[Web발신]
안녕하세요 3통 통장 [[PERSON:변영태]]입니다^^ 제22대 어쩌구 아니고 이번 지방선거 사전투표는 {{date:5/29(금)}}~{{date:5/30(토)}} 오전6시~오후6시 입니다. 신분증 꼭 챙기시구요 투표소는 {{place_name:신동 주민센터 2층}}. 문의는 선관위 {{public_number:1390}} 또는 저한테 [[PHONE_NUMBER:010 3382 9014]] 연락주세요~"""},

{"id": "s11-b01-005", "kind": "proposal_form", "text": """2027년도 주민참여예산 사업 제안서

■ 제안자
  성명: [[PERSON:남궁 현주]]        생년월일: [[BIRTH_DATE:1979-10-03]]
  주소: [[KR_ADDRESS:성남시 수정구 산성대로 451-2 (신흥동) 가동 301호]]
  연락처: [[PHONE_NUMBER:010-6620-1957]]   이메일: [[EMAIL_ADDRESS:hjnamgung79@naver.com]]
■ 사업명: 신흥동 골목길 보안등 LED 교체 및 반사경 설치
■ 사업위치: {{place_name:산성대로}} 이면도로 일대 (신흥2동 주민센터 뒤편)
■ 소요예산: {{amount:약 4,800만원}}
■ 제안 사유: 밤에 퇴근할 때 너무 어둡고, 작년 겨울 이웃 할머니가 넘어지셔서 다치셨습니다.
제출일 {{date:2026.04.12}}"""},

{"id": "s11-b01-006", "kind": "system_log", "text": """2026-04-12T21:14:07+09:00 INFO  [yesan-portal] login ok user=hjnamgung79 src=[[IP_ADDRESS:211.234.118.52]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"
2026-04-12T21:15:40+09:00 INFO  [yesan-portal] proposal.save id={{case_number:P27-0391}} user=hjnamgung79 src=[[IP_ADDRESS:211.234.118.52]]
2026-04-12T21:16:02+09:00 WARN  [yesan-portal] attach.upload size=11.2MB limit=10MB user=hjnamgung79
2026-04-12T22:03:55+09:00 INFO  [yesan-portal] login fail(3) user=sdchoi_2 src=[[IP_ADDRESS:2001:e60:8d41:2c7::1b]] build={{version:4.2.17}}
2026-04-12T22:04:10+09:00 INFO  [yesan-portal] gw=[[IP_ADDRESS:10.0.0.1]] mask={{subnet_mask:255.255.255.0}} healthcheck ok"""},

{"id": "s11-b01-007", "kind": "meeting_minutes", "text": """제47차 상현1동 주민자치회 정기회의 회의록

일시: {{date:2026년 4월 15일(수)}} {{time:19:00}}~{{time:20:40}}
장소: {{place_name:상현1동 행정복지센터 2층 회의실}}
참석: 회장 [[PERSON:조경숙]], 부회장 [[PERSON:임대규]], 간사 [[PERSON:황보 선]], 위원 [[PERSON:서민철]]·[[PERSON:윤다혜]]·[[PERSON:Kevin 박]]·[[PERSON:진 옥희]] 외 9명 (총 {{statistic:16명}} 중 {{statistic:13명}} 참석)
불참: [[PERSON:염태수]](사전 통보), [[PERSON:하승연]]

1. 전차 회의록 승인 - 간사 낭독 후 원안 승인
2. 주민총회 의제 선정: 광교산 입구 쓰레기 문제, 어린이공원 그늘막
   - [[PERSON:서민철]] 위원: 그늘막은 작년에도 올렸는데 구청에서 떨어졌다, 다른 거 하자
   - 회장: 일단 두 개 다 올리고 주민투표로
3. 기타: 다음 회의 {{date:5월 20일}}. 간식비 영수증은 [[PERSON:윤다혜]] 위원이 정리

작성 간사 [[PERSON:황보 선]] (인)"""},

{"id": "s11-b01-008", "kind": "appointment_form", "text": """통장 위촉 추천서

추천 대상자
 - 성명 : [[PERSON:차은주]]
 - 주민등록번호 : [[KR_RRN:680923-230118?]]
 - 주소 : [[KR_ADDRESS:용인시 기흥구 보정동 1184-7 현대하이츠 103호]]
 - 휴대전화 : [[PHONE_NUMBER:010.7719.2380]]
 - 거주기간 : 보정동 {{statistic:14년}} 거주
 - 활동수당 입금계좌 : 농협 [[BANK_ACCOUNT:356-0918-2277-43]] (예금주 본인)
추천 사유 : 12통 반장 {{statistic:4년}} 역임, 경로당 봉사 등 주민 신망 두터움
추천인 : 12통 통장 [[PERSON:고 재성]] (전임)

{{date:2026. 1. 8.}}
보정동장 귀하"""},

{"id": "s11-b01-009", "kind": "spreadsheet_export", "text": """통,반,직위,성명,생년월일,연락처,주소,위촉일
7,,통장,[[PERSON:이순덕]],[[BIRTH_DATE:1962-04-30]],[[PHONE_NUMBER:010-2231-8857]],"[[KR_ADDRESS:수원시 장안구 조원동 551-3]]",{{date:2024-01-01}}
7,1,반장,[[PERSON:김영철]],[[BIRTH_DATE:1958-11-19]],[[PHONE_NUMBER:010-5501-7720]],"[[KR_ADDRESS:수원시 장안구 조원로 44번길 12-1]]",{{date:2024-01-01}}
7,2,반장,[[PERSON:Tran Thi Mai]],[[BIRTH_DATE:1987-08-06]],[[PHONE_NUMBER:010-9942-0316]],"[[KR_ADDRESS:수원시 장안구 조원동 560-11 B01호]]",{{date:2025-03-15}}
7,3,반장,공석,,,,
8,,통장,[[PERSON:허 정 민]],[[BIRTH_DATE:1971-02-02]],[[PHONE_NUMBER:01044173390]],"[[KR_ADDRESS:수원시 장안구 송정로 87, 2동 1501호]]",{{date:2023-07-01}}"""},

{"id": "s11-b01-010", "kind": "kakaotalk", "text": """[주민자치회 운영위원방] 
[[[PERSON:조경숙]] 회장] [오후 9:02] 내일 주민총회 준비 인원 몇분이나 오실수있나요
[[[PERSON:임대규]]] [오후 9:05] 저는 6시까지 갑니다
[[[PERSON:윤다혜]]] [오후 9:05] 저 아이 학원 데려다주고 6시반요ㅠ
[[[PERSON:임대규]]] [오후 9:07] [[PERSON:다혜]]씨 그럼 의자 세팅은 [[PERSON:민철]]씨랑 제가 할게요
[[[PERSON:조경숙]] 회장] [오후 9:10] 감사합니다~ 투표용지는 동사무소 [[PERSON:김혜린]] 주무관님이 출력해서 주신대요
[[[PERSON:조경숙]] 회장] [오후 9:10] 사진"""},

{"id": "s11-b01-011", "kind": "email", "text": """From: [[PERSON:배성호]] <[[EMAIL_ADDRESS:bsh0714@suwon.go.kr]]>
To: [[EMAIL_ADDRESS:dhj_yt2@hanmail.net]]
Cc: {{public_email:yeongtong-minwon@suwon.go.kr}}
Subject: RE: 주민참여예산 제안 결과 문의

[[PERSON:도형준]] 님 안녕하십니까.
제안하신 '영통2동 탄천변 운동기구 교체' 건은 {{date:5월 7일}} 분과위원회에서 심사 예정입니다.
결과는 {{date:5월 말}}까지 문자로 안내드리겠습니다.

[[PERSON:배성호]] / 영통구 자치행정과 주민자치팀 주무관 (사번 [[EMPLOYEE_ID:2015-03114]])
직통 [[PHONE_NUMBER:031-228-8764]] | 팩스 {{public_number:031-228-8799}}"""},

{"id": "s11-b01-012", "kind": "case_note", "text": """[상담일지] 외국인 선거권 문의  {{date:2026.04.03}} 오후
방문자: [[PERSON:왕 쉐메이]] (중국 국적, 영주권 F-5 취득 {{date:2019년}})
외국인등록번호 [[KR_FRN:840517-6172305]] / 여권 [[KR_PASSPORT:EH4419027]] 지참
생년월일 [[BIRTH_DATE:1984.05.17]]
주소 [[KR_ADDRESS:성남시 중원구 금광동 2841 금광래미안 214동 1603호]]
내용: 영주권 3년 지나서 지방선거 투표 가능한지, 명부에 올라가 있는지 문의.
 - 외국인 선거인명부 별도 작성됨 안내, 열람 결과 등재 확인 ({{code:금광1동 제3투표구}} 외국인 {{code:순번 17}})
 - 남편 [[PERSON:Liu Jian]]도 같은 조건인데 F-2라 해당 없음 설명
통역 필요 없었음. 상담자 [[PERSON:문 지 윤]]"""},

{"id": "s11-b01-013", "kind": "roster", "text": """2026 청소년 주민참여예산위원 명단 (대학생 분과)
번호\t성명\t소속\t학번\t연락처
1\t[[PERSON:선우 진]]\t아주대 사회학과\t[[STUDENT_ID:202231447]]\t[[PHONE_NUMBER:010-3318-0276]]
2\t[[PERSON:탁민지]]\t경기대 행정학과\t[[STUDENT_ID:2024-10582]]\t[[PHONE_NUMBER:010-8810-4452]]
3\t[[PERSON:공하람]]\t성균관대(자연과학캠) 건축학과\t[[STUDENT_ID:2021314998]]\t[[PHONE_NUMBER:010-2745-6031]]
※ 위촉기간 {{date:2026.3.1.}}~{{date:2027.2.28.}} / 회의 참석수당 {{amount:1회 50,000원}}"""},

{"id": "s11-b01-014", "kind": "spreadsheet_export", "text": """제9회 전국동시지방선거 투표사무원 수당 지급 명세 (정자1동)
구분 | 성명 | 사번/생년월일 | 은행 | 계좌번호 | 금액
투표관리관 | [[PERSON:안재석]] | [[EMPLOYEE_ID:s20190442]] | 국민 | [[BANK_ACCOUNT:417702-01-358816]] | {{amount:200,000}}
투표사무원 | [[PERSON:용민경]] | [[EMPLOYEE_ID:s20230917]] | 신한 | [[BANK_ACCOUNT:110-482-739015]] | {{amount:150,000}}
투표사무원(주민) | [[PERSON:노 은 숙]] | [[BIRTH_DATE:650208]] | 우리 | [[BANK_ACCOUNT:1002-331-805774]] | {{amount:150,000}}
투표사무원(주민) | [[PERSON:제갈 윤]] | [[BIRTH_DATE:980116]] | 카카오뱅크 | [[BANK_ACCOUNT:3333-19-4470582]] | {{amount:150,000}}
지급일 {{date:2026-06-10}}"""},

{"id": "s11-b01-015", "kind": "memo", "text": """5통3반 반장 [[PERSON:김○수]] 님 사임 의사 ({{date:4/18}} 통화, [[PHONE_NUMBER:010-****-4471]]). 후임 추천 받을 것"""},

{"id": "s11-b01-016", "kind": "application_form", "text": """주민자치회 위원 신청서 (공개모집)
성명(한글) [[PERSON:양지원]]   성명(한자) [[PERSON:梁智媛]]
생년월일 [[BIRTH_DATE:1990년 12월 24일]] (만 35세)   성별 여
주소 [[KR_ADDRESS:용인시 수지구 풍덕천로 130, 신정마을 8단지 805동 204호]]
연락처 [[PHONE_NUMBER:010-5173-4408]]   전자우편 [[EMAIL_ADDRESS:jiwon.yang1224@gmail.com]]
직업 프리랜서 번역가
신청분과 [ ] 자치  [v] 복지  [ ] 환경
주민자치학교 이수 여부: 이수 ({{date:2025.10.21}}, 이수번호 {{document_number:수지-25-088}})
신청일 {{date:2026. 2. 3.}}"""},

{"id": "s11-b01-017", "kind": "case_note", "text": """선거인명부 이의신청 처리 메모
신청인 [[PERSON:석 동 훈]](아들)이 사망한 부친 [[PERSON:석만길]] 명의가 명부에 남아 있다고 신고.
부친 생년월일 [[BIRTH_DATE:1938.9.30]] / 사망일 {{date:2026.2.14}} / 사망신고일 {{date:2026.3.30}}
→ 명부 작성기준일({{date:3.24}}) 이후 사망신고라 명부에 포함된 것임. 삭제 처리하고 신청인에게 [[PHONE_NUMBER:010-2958-0613]]로 결과 통보함.
처리자 선거담당 [[PERSON:유 가 람]] {{date:4/2}}"""},

{"id": "s11-b01-018", "kind": "notice", "text": """[안내] 사전투표소 운영 안내
○ 기간: {{date:2026. 5. 29.(금)}} ~ {{date:5. 30.(토)}} 매일 06:00~18:00
○ 장소: {{place_name:정자1동 행정복지센터 1층 대회의실}} (정자일로 일대 혼잡 예상)
○ 신분증: 주민등록증, 여권, 운전면허증 등 사진이 붙은 신분증 (예: 여권번호 {{passport_example:M12345678}} 형식 모바일 신분증도 가능)
○ 문의: 분당구선거관리위원회 {{public_number:031-714-1390}}, 정자1동 {{public_number:031-729-7611}}
담당: 총무팀 [[PERSON:구민아]] (내선 {{public_number:7614}})"""},
]
